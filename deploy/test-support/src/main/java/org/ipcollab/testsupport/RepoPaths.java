package org.ipcollab.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the folder holding docs/asyncapi.yaml or deploy/local) from wherever a test runs. */
public final class RepoPaths {
    private RepoPaths() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/local")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the IPCollab repository root above " + dir);
    }
}
