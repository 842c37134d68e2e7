package org.ipcollab.cases.infringement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.ipcollab.cases.thresholds.domain.InfringingAct;

/**
 * 案件登记 — an enforcement officer filed an infringement case, against an organisation or a natural person. Schema:
 * docs/events/case.filed.v2.schema.json. Supersedes {@link CaseFiled} (v1), which is still published beside it for
 * organisation cases until it is retired; consumers read v2 only, since the two events of one filing have different ids.
 */
public record CaseFiledV2(UUID caseId, String district, String departmentId, IpKind ipKind, String title,
        Party infringer, Instant filedAt, String filedBy, String caseNumber, ClueSource clueSource,
        InfringingAct act, RightHolder rightHolder, LocalDate actDate) implements CaseEvent {
    public static final String TYPE = "org.ipcollab.case.filed.v2";

    /**
     * A party as the event shows it: an {@link Organisation} with its credit code, or a {@link Person} with the masked
     * resident ID number only (PIPL; DOMAIN.md §3.6). Each kind has only its own fields, so neither carries a null.
     */
    public sealed interface Party permits Organisation, Person {
        PartyKind kind();

        String name();

        static Party of(Infringer infringer) {
            return infringer.kind() == PartyKind.ORGANISATION
                    ? new Organisation(PartyKind.ORGANISATION, infringer.name(), infringer.creditCode())
                    : new Person(PartyKind.PERSON, infringer.name(), infringer.maskedIdNumber());
        }
    }

    /** 单位 — an organisation infringer. */
    public record Organisation(PartyKind kind, String name, String creditCode) implements Party {
        public Organisation {
            if (kind != PartyKind.ORGANISATION) {
                throw new IllegalArgumentException("an organisation party is of kind ORGANISATION");
            }
            Objects.requireNonNull(creditCode, "credit code");
        }
    }

    /** 自然人 — a natural-person infringer, with the masked ID number (e.g. 500155********409X), never the full one. */
    public record Person(PartyKind kind, String name, String idNumberMasked) implements Party {
        public Person {
            if (kind != PartyKind.PERSON) {
                throw new IllegalArgumentException("a person party is of kind PERSON");
            }
            Objects.requireNonNull(idNumberMasked, "masked ID number");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }
}
