package org.ipcollab.notification.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.ipcollab.notification.problem.DomainConflictException;
import org.ipcollab.notification.security.Caller;
import org.ipcollab.notification.subscription.domain.Subscription;

/**
 * 订阅 — a department (or its district's administrator) subscribes the department to event types of a district.
 * A second subscription for the same (department, district) is refused with 409 rather than merged: the caller sees
 * the existing one with {@code GET /subscriptions} and nothing changes behind its back.
 */
@ApplicationScoped
public class Subscribe {
    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Subscription subscribe(SubscribeRequest request) {
        // For this slice the department's district is the district it subscribes to.
        caller.requireDepartmentOrDistrictAdmin(request.departmentId(), request.district());
        if (subscriptions.exists(request.departmentId(), request.district())) {
            throw duplicate(request);
        }
        Subscription s = Subscription.subscribe(request.departmentId(), request.district(),
                new LinkedHashSet<>(request.eventTypes()), Instant.now(clock));
        try {
            subscriptions.persistAndFlush(SubscriptionEntity.from(s, caller.subject()));
        } catch (PersistenceException e) {
            // A concurrent request won the unique (department_id, district) key.
            if (isUniqueViolation(e)) {
                throw duplicate(request);
            }
            throw e;
        }
        return s;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static DomainConflictException duplicate(SubscribeRequest request) {
        return new DomainConflictException("department " + request.departmentId()
                + " already has a subscription for district " + request.district());
    }
}
