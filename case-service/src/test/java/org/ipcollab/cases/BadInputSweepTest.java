package org.ipcollab.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.Set;

import org.ipcollab.cases.security.Roles;
import org.ipcollab.testsupport.sweep.DatabaseFingerprint;
import org.ipcollab.testsupport.sweep.OpenApiSweep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 8 item 3: every operation of this service's OpenAPI document gets wrong tokens, wrong roles and bad input;
 * the answers are 4xx problem+json, never 5xx, and the database is unchanged (see {@link OpenApiSweep}).
 */
@QuarkusTest
@TestProfile(CaseServiceTestProfile.class)
class BadInputSweepTest {
    private static final String DISTRICT = "500155";
    /** Tables the service writes on its own (consumers, relay, scanners) — left out of the fingerprint. */
    private static final Set<String> IGNORED = Set.of("processed_event", "case_partner_status");
    /** Tables whose rows the background jobs update in place — compared by row count only. */
    private static final Set<String> COUNT_ONLY = Set.of("outbox_event", "case_clock", "clue_transfer", "assistance_request");

    @TestHTTPResource("/")
    URL base;

    @Test
    @DisplayName("bad tokens, roles, bodies and parameters on every operation: 4xx problem+json, database unchanged")
    void sweep() throws Exception {
        OpenApiSweep.Report report = OpenApiSweep.against(base.toURI())
                .roles(Set.of(Roles.REGULATOR, Roles.POLICE, Roles.PROCURATORATE, Roles.COURT, Roles.MEDIATOR,
                        Roles.DISTRICT_LIAISON, Roles.ADMIN))
                .tokensOfDistrict(DISTRICT)
                .maxBodyBytes(1024 * 1024)
                .fingerprint(DatabaseFingerprint.ofTestDatasource(IGNORED, COUNT_ONLY))
                .run();
        System.out.println(report.summary());
        assertTrue(report.operations > 0 && report.requests > report.operations, "the document lists operations");
        report.assertClean();
    }
}
