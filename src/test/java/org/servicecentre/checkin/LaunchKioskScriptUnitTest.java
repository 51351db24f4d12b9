package org.servicecentre.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The kiosk launcher at least parses, so that a syntax error in it fails the build rather than a kiosk. */
class LaunchKioskScriptUnitTest {

    private static final Path SCRIPT = Path.of("kiosk-config", "launch-kiosk.sh");

    @Test
    void launcherScriptIsValidBash() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
                "bash is not installed");
        assertThat(SCRIPT).isRegularFile();

        var process = new ProcessBuilder("bash", "-n", SCRIPT.toString()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as("bash -n says: %s", output).isZero();
    }
}
