package org.ipcollab.cases.infringement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ipcollab.cases.infringement.domain.PartyKind;
import org.ipcollab.cases.infringement.domain.ResidentIdNumber;
import org.ipcollab.cases.pii.PersonalData;

/**
 * 未成年人 — whether a case's infringer was a minor at the time of the act, read from the encrypted resident ID number
 * (GB 11643 positions 7–14 are the birth date). Only this answer leaves the class, never the number. A natural person
 * whose number cannot be read is treated as a minor, so a doubtful case is never published.
 */
@ApplicationScoped
public class MinorInfringers {
    @Inject
    CaseRepository cases;

    @Inject
    PersonalData personalData;

    /** For an organisation false; for a person, under 18 on {@code actDate}. Joins the caller's transaction. */
    public boolean wasMinor(UUID caseId, LocalDate actDate) {
        CaseEntity entity = cases.findById(caseId);
        if (entity == null || entity.infringerKind != PartyKind.PERSON) {
            return false;
        }
        if (entity.infringerIdNumberEncrypted == null) {
            return true;
        }
        String number = personalData.reveal(entity.infringerIdNumberEncrypted, caseId.toString());
        return !ResidentIdNumber.isValid(number) || ResidentIdNumber.isMinorOn(number, actDate);
    }
}
