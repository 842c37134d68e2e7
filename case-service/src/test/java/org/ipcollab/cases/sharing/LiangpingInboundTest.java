package org.ipcollab.cases.sharing;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** 梁平's deployment receiving from 达川's. */
@QuarkusTest
@TestProfile(InboundDeployments.LiangpingDeployment.class)
class LiangpingInboundTest extends InboundApiChecks {
    @Override
    String local() {
        return SharingFixtures.LIANGPING;
    }

    @Override
    String partnerId() {
        return "dachuan";
    }

    @Override
    String partnerSecret() {
        return InboundDeployments.DACHUAN_SECRET;
    }

    @Override
    String partnerDistrict() {
        return SharingFixtures.DACHUAN;
    }

    @Override
    String otherSecret() {
        return InboundDeployments.LIANGPING_SECRET;
    }
}
