package org.ipcollab.cases.sharing;

import java.util.Map;

import org.ipcollab.cases.CaseServiceTestProfile;

/**
 * Two deployments' worth of inbound API configuration on one machine: 梁平's deployment trusts 达川's (secret
 * {@link #DACHUAN_SECRET}, districts 511703, 511724), 达川's deployment trusts 梁平's ({@link #LIANGPING_SECRET}, 500155).
 * Each profile starts its own case-service instance.
 */
final class InboundDeployments {
    static final String DACHUAN_SECRET = "dachuan-deployment-test-secret-0123456789abcdef";
    static final String LIANGPING_SECRET = "liangping-deployment-test-secret-fedcba9876543210";

    private InboundDeployments() {
    }

    /** The case-service of 梁平区 (500155); partner: 达川's deployment. */
    public static class LiangpingDeployment extends CaseServiceTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipcollab.sharing.partners.dachuan.secret", DACHUAN_SECRET,
                    "ipcollab.sharing.partners.dachuan.districts", "511703,511724",
                    "ipcollab.sharing.replay-window", "120s");
        }
    }

    /** The case-service of 达川区 (511703); partner: 梁平's deployment. */
    public static class DachuanDeployment extends CaseServiceTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipcollab.sharing.partners.liangping.secret", LIANGPING_SECRET,
                    "ipcollab.sharing.partners.liangping.districts", "500155",
                    "ipcollab.sharing.replay-window", "120s");
        }
    }
}
