package org.ipcollab.notification;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real SMTP server (GreenMail) on a free port for the e-mail channel; the service's mailer is pointed at it. */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {
    private static volatile GreenMail greenMail;

    public static GreenMail server() {
        return greenMail;
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
