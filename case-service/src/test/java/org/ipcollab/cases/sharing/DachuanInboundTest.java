package org.ipcollab.cases.sharing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** 达川's deployment receiving from 梁平's: the second configuration on the same machine. */
@QuarkusTest
@TestProfile(InboundDeployments.DachuanDeployment.class)
class DachuanInboundTest extends InboundApiChecks {
    @Override
    String local() {
        return SharingFixtures.DACHUAN;
    }

    @Override
    String partnerId() {
        return "liangping";
    }

    @Override
    String partnerSecret() {
        return InboundDeployments.LIANGPING_SECRET;
    }

    @Override
    String partnerDistrict() {
        return SharingFixtures.LIANGPING;
    }

    @Override
    String otherSecret() {
        return InboundDeployments.DACHUAN_SECRET;
    }
}
