package org.ipcollab.mediation.mediation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.ipcollab.mediation.mediation.domain.Mediation;
import org.ipcollab.mediation.mediation.domain.Values.Party;
import org.ipcollab.mediation.mediation.domain.Values.Side;
import org.ipcollab.mediation.security.Caller;
import org.ipcollab.mediation.security.Roles;

import io.quarkus.security.ForbiddenException;

/**
 * Who may see and do what on a mediation. Mediation records are never public: only the inviting court (or the court
 * named for confirmation), the organisation's mediators, the requesting agency, the two parties and the district's
 * admin see one, each only in its own district.
 */
@RequestScoped
public class MediationAccess {
    @Inject
    Caller caller;

    public void requireVisible(Mediation m) {
        Mediation.State s = m.state();
        caller.requireDistrict(s.district());
        String dept = caller.department();
        boolean visible = caller.hasRole(Roles.ADMIN)
                || caller.hasRole(Roles.COURT) && (dept.equals(s.courtDepartment()) || dept.equals(s.confirmationCourt()))
                || caller.hasRole(Roles.MEDIATOR) && s.organisationId() != null && dept.equals(s.organisationId().toString())
                || caller.hasRole(Roles.REGULATOR) && dept.equals(s.requesterDepartment())
                || caller.hasRole(PartyAccess.PARTY) && partySide(m) != null;
        if (!visible) {
            throw new ForbiddenException("mediation records are not public; this caller is not part of mediation " + s.id());
        }
    }

    /** The inviting court. */
    public void requireInvitingCourt(Mediation m) {
        caller.requireDistrict(m.state().district());
        if (!caller.hasRole(Roles.COURT) || !caller.department().equals(m.state().courtDepartment())) {
            throw new ForbiddenException("only the inviting court " + m.state().courtDepartment() + " does this");
        }
    }

    /** The court the joint application went to. */
    public void requireConfirmationCourt(Mediation m) {
        caller.requireDistrict(m.state().district());
        if (!caller.hasRole(Roles.COURT) || !caller.department().equals(m.state().confirmationCourt())) {
            throw new ForbiddenException("only the court the application went to (" + m.state().confirmationCourt()
                    + ") decides on it");
        }
    }

    /** The mediator appointed to this mediation. */
    public void requireAppointedMediator(Mediation m) {
        caller.requireDistrict(m.state().district());
        if (!caller.hasRole(Roles.MEDIATOR) || m.state().mediatorUser() == null
                || !caller.subject().equals(m.state().mediatorUser())) {
            throw new ForbiddenException("only the appointed mediator does this");
        }
    }

    /** A mediator of the organisation that mediates (e.g. to seal), or the district admin. */
    public void requireOrganisation(Mediation m) {
        caller.requireDistrict(m.state().district());
        boolean member = caller.hasRole(Roles.MEDIATOR) && m.state().organisationId() != null
                && caller.department().equals(m.state().organisationId().toString());
        if (!member) {
            throw new ForbiddenException("only the mediating organisation " + m.state().organisationId() + " does this");
        }
    }

    /** The party the caller is, or 403. */
    public Side requireParty(Mediation m) {
        caller.requireDistrict(m.state().district());
        Side side = partySide(m);
        if (side == null) {
            throw new ForbiddenException("only a party to this mediation does this");
        }
        return side;
    }

    /** Which party the caller is, or {@code null}. */
    public Side partySide(Mediation m) {
        if (!caller.hasRole(PartyAccess.PARTY)) {
            return null;
        }
        for (Party p : m.state().parties()) {
            if (p.userId().equals(caller.subject())) {
                return p.side();
            }
        }
        return null;
    }
}
