package org.ipcollab.notification.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;

/**
 * Who is calling, read from the verified bearer token: subject, roles, department ({@code dept}) and district
 * ({@code district}, a GB/T 2260 code). A caller acts only for its own department and district.
 */
@RequestScoped
public class Caller {
    @Inject
    JsonWebToken jwt;

    public String subject() {
        return jwt.getSubject();
    }

    public boolean hasRole(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    public String department() {
        return required("dept");
    }

    public String district() {
        return required("district");
    }

    /** The first of the caller's roles, for the record of who did what. */
    public String role() {
        return jwt.getGroups() == null || jwt.getGroups().isEmpty() ? "" : jwt.getGroups().iterator().next();
    }

    /** Refuses (403) unless the caller belongs to {@code district}. */
    public void requireDistrict(String district) {
        if (!district().equals(district)) {
            throw new ForbiddenException("a caller of district " + district() + " cannot act in district " + district);
        }
    }

    /** Refuses (403) unless the caller is of {@code department}, or an administrator of that department's district. */
    public void requireDepartmentOrDistrictAdmin(String department, String departmentDistrict) {
        boolean own = department().equals(department);
        boolean admin = hasRole(Roles.ADMIN) && district().equals(departmentDistrict);
        if (!own && !admin) {
            throw new ForbiddenException("a caller of department " + department() + " cannot act for department " + department);
        }
    }

    private String required(String claim) {
        Object value = jwt.getClaim(claim);
        if (value == null || value.toString().isBlank()) {
            throw new ForbiddenException("the token carries no '" + claim + "' claim");
        }
        String s = value.toString();
        return s.startsWith("\"") && s.endsWith("\"") && s.length() > 1 ? s.substring(1, s.length() - 1) : s;
    }
}
