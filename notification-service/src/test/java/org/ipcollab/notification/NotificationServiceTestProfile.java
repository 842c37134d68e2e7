package org.ipcollab.notification;

import java.util.List;
import java.util.Map;

import org.ipcollab.testsupport.IpcollabTestResources;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Every @QuarkusTest of this service: its own test database on the real PostgreSQL, the real test broker, and a real SMTP server (GreenMail). */
public class NotificationServiceTestProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(IpcollabTestResources.class, Map.of("database", "ipcollab_notification_test")),
                new TestResourceEntry(GreenMailTestResource.class));
    }
}
