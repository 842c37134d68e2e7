package org.ipcollab.cases.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.ipcollab.cases.infringement.domain.IpKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InfringingActTest {

    @Test
    @DisplayName("each IP crime act maps to its Criminal Law article 213–219")
    void mapsToArticles() {
        assertEquals(OptionalInt.of(213), InfringingAct.COUNTERFEITING_REGISTERED_MARK.criminalArticle());
        assertEquals(OptionalInt.of(214), InfringingAct.SELLING_GOODS_WITH_COUNTERFEIT_MARK.criminalArticle());
        assertEquals(OptionalInt.of(215), InfringingAct.MAKING_OR_SELLING_COUNTERFEIT_MARK_LABELS.criminalArticle());
        assertEquals(OptionalInt.of(216), InfringingAct.COUNTERFEITING_PATENT.criminalArticle());
        assertEquals(OptionalInt.of(217), InfringingAct.COPYRIGHT_INFRINGEMENT.criminalArticle());
        assertEquals(OptionalInt.of(218), InfringingAct.SELLING_INFRINGING_COPIES.criminalArticle());
        assertEquals(OptionalInt.of(219), InfringingAct.TRADE_SECRET_INFRINGEMENT.criminalArticle());
    }

    @Test
    @DisplayName("patent infringement, plant varieties and other trademark infringement are not IP crimes")
    void administrativeOnlyActs() {
        assertFalse(InfringingAct.PATENT_INFRINGEMENT.criminalArticle().isPresent());
        assertFalse(InfringingAct.PLANT_VARIETY_INFRINGEMENT.criminalArticle().isPresent());
        assertFalse(InfringingAct.OTHER_TRADEMARK_INFRINGEMENT.criminalArticle().isPresent());
        assertFalse(InfringingAct.GEOGRAPHICAL_INDICATION_MISUSE.criminalArticle().isPresent());
    }

    @Test
    @DisplayName("the acts offered for an IP kind: trademark acts for trademarks and for GIs registered as marks")
    void actsPerKind() {
        assertEquals(List.of(InfringingAct.COUNTERFEITING_PATENT, InfringingAct.PATENT_INFRINGEMENT),
                InfringingAct.forKind(IpKind.PATENT));
        assertEquals(List.of(InfringingAct.TRADE_SECRET_INFRINGEMENT), InfringingAct.forKind(IpKind.TRADE_SECRET));
        assertTrue(InfringingAct.forKind(IpKind.GEOGRAPHICAL_INDICATION)
                .contains(InfringingAct.COUNTERFEITING_REGISTERED_MARK));
        assertEquals(List.of(InfringingAct.PLANT_VARIETY_INFRINGEMENT), InfringingAct.forKind(IpKind.PLANT_VARIETY));
        for (IpKind kind : IpKind.values()) {
            assertFalse(InfringingAct.forKind(kind).isEmpty(), kind + " has at least one act");
        }
    }

    @Test
    @DisplayName("every act has Chinese and English labels")
    void labels() {
        assertEquals("假冒注册商标", InfringingAct.COUNTERFEITING_REGISTERED_MARK.labelZh());
        assertEquals("Selling infringing copies", InfringingAct.SELLING_INFRINGING_COPIES.labelEn());
        for (InfringingAct act : InfringingAct.values()) {
            assertFalse(act.labelZh().isBlank());
            assertFalse(act.labelEn().isBlank());
        }
    }
}
