package org.ipcollab.cases.infringement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import org.ipcollab.testsupport.EventSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Every lifecycle event type is documented: a schema file with a title, and examples that are valid against it. */
class LifecycleEventSchemasTest {

    static String typeOf(Class<?> recordClass) throws ReflectiveOperationException {
        RecordComponent[] components = recordClass.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = types[i] == boolean.class ? false : types[i] == int.class ? 0 : null;
        }
        Constructor<?> constructor = recordClass.getDeclaredConstructor(types);
        return ((CaseEvent) constructor.newInstance(args)).type();
    }

    @Test
    @DisplayName("each LifecycleEvent type has docs/events/<type>.schema.json whose examples validate")
    void everyTypeHasAValidSchema() throws ReflectiveOperationException {
        Set<String> seen = new TreeSet<>();
        for (Class<?> subclass : LifecycleEvent.class.getPermittedSubclasses()) {
            String type = typeOf(subclass);
            assertTrue(seen.add(type), "two event records share " + type);
            assertTrue(Files.exists(EventSchemas.schemaFile(type)), "no schema for " + type);
            assertFalse(EventSchemas.examples(type).isEmpty(), type + " has no examples");
            for (JsonNode example : EventSchemas.examples(type)) {
                assertEquals(Set.of(), EventSchemas.violations(type, example), type + " example " + example);
            }
            for (String required : new String[] {"caseId", "district", "departmentId", "fromStatus", "toStatus",
                    "occurredAt", "actor"}) {
                assertTrue(subclassHas(subclass, required), subclass.getSimpleName() + " lacks " + required);
            }
        }
        assertEquals(12, seen.size(), "the lifecycle publishes 12 event types: " + seen);
    }

    private static boolean subclassHas(Class<?> recordClass, String component) {
        for (RecordComponent c : recordClass.getRecordComponents()) {
            if (c.getName().equals(component)) {
                return true;
            }
        }
        return false;
    }
}
