package org.ipcollab.cases.thresholds.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.ipcollab.cases.infringement.domain.IpKind;

/**
 * 侵权行为 — the infringing act, and the Criminal Law article (213–219) it falls under where one applies. An act with no
 * article is handled administratively or civilly only; no threshold is checked for it.
 * <p>
 * A geographical indication registered as a collective or certification mark is protected as a registered trademark,
 * so the trademark acts (213–215) also apply to {@link IpKind#GEOGRAPHICAL_INDICATION}.
 */
public enum InfringingAct {
    /** 假冒注册商标 — using an identical mark on identical goods without the owner's licence (art 213). */
    COUNTERFEITING_REGISTERED_MARK(213, "假冒注册商标", "Counterfeiting a registered trademark",
            IpKind.TRADEMARK, IpKind.GEOGRAPHICAL_INDICATION),
    /** 销售假冒注册商标的商品 — selling goods that bear a counterfeit registered mark (art 214). */
    SELLING_GOODS_WITH_COUNTERFEIT_MARK(214, "销售假冒注册商标的商品", "Selling goods bearing a counterfeit registered trademark",
            IpKind.TRADEMARK, IpKind.GEOGRAPHICAL_INDICATION),
    /** 伪造、擅自制造他人注册商标标识或者销售伪造、擅自制造的注册商标标识 — making or selling counterfeit mark labels (art 215). */
    MAKING_OR_SELLING_COUNTERFEIT_MARK_LABELS(215, "非法制造、销售非法制造的注册商标标识",
            "Making or selling counterfeit registered-trademark labels", IpKind.TRADEMARK, IpKind.GEOGRAPHICAL_INDICATION),
    /** 假冒他人专利 — passing off another's patent, e.g. marking its number on one's products (art 216). */
    COUNTERFEITING_PATENT(216, "假冒他人专利", "Counterfeiting another's patent", IpKind.PATENT),
    /** 侵犯著作权 — copying and distributing works etc. without licence, for profit (art 217). */
    COPYRIGHT_INFRINGEMENT(217, "侵犯著作权", "Copyright infringement", IpKind.COPYRIGHT),
    /** 销售侵权复制品 — knowingly selling infringing copies, for profit (art 218). */
    SELLING_INFRINGING_COPIES(218, "销售侵权复制品", "Selling infringing copies", IpKind.COPYRIGHT),
    /** 侵犯商业秘密 — obtaining, disclosing or using a trade secret improperly (art 219). */
    TRADE_SECRET_INFRINGEMENT(219, "侵犯商业秘密", "Infringing a trade secret", IpKind.TRADE_SECRET),
    /** 其他侵犯注册商标专用权行为 — e.g. a similar mark, or similar goods: administrative only. */
    OTHER_TRADEMARK_INFRINGEMENT(0, "其他侵犯注册商标专用权行为（如近似商标）",
            "Other trademark infringement (e.g. a similar mark)", IpKind.TRADEMARK, IpKind.GEOGRAPHICAL_INDICATION),
    /** 擅自使用地理标志产品名称或专用标志 — misuse of a protected GI product name or special mark: administrative only. */
    GEOGRAPHICAL_INDICATION_MISUSE(0, "擅自使用地理标志产品名称或专用标志",
            "Unauthorised use of a protected geographical-indication name or special mark",
            IpKind.GEOGRAPHICAL_INDICATION),
    /** 专利侵权 — exploiting a patent without licence: civil and administrative, no IP crime. */
    PATENT_INFRINGEMENT(0, "专利侵权（未经许可实施专利）", "Patent infringement (unlicensed exploitation)", IpKind.PATENT),
    /** 侵犯植物新品种权 — infringing a plant variety right: civil and administrative, no IP crime in arts 213–219. */
    PLANT_VARIETY_INFRINGEMENT(0, "侵犯植物新品种权", "Plant variety right infringement", IpKind.PLANT_VARIETY);

    private final int article;
    private final String labelZh;
    private final String labelEn;
    private final Set<IpKind> ipKinds;

    InfringingAct(int article, String labelZh, String labelEn, IpKind first, IpKind... more) {
        this.article = article;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.ipKinds = EnumSet.of(first, more);
    }

    /** The Criminal Law article the act falls under, if any. */
    public OptionalInt criminalArticle() {
        return article == 0 ? OptionalInt.empty() : OptionalInt.of(article);
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The IP kinds this act can infringe. */
    public Set<IpKind> ipKinds() {
        return EnumSet.copyOf(ipKinds);
    }

    public boolean infringes(IpKind kind) {
        return ipKinds.contains(kind);
    }

    /** The acts an officer can choose from for a case of this IP kind. */
    public static List<InfringingAct> forKind(IpKind kind) {
        return Arrays.stream(values()).filter(a -> a.infringes(kind)).toList();
    }
}
