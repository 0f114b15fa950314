package org.stepwise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RelauncherTest {

    @Test
    void staysInThisJvmWhenTheThreadCountsAndTheModuleAreSet() {
        // The build starts test JVMs with OPENBLAS_NUM_THREADS, OMP_NUM_THREADS and the Vector API module.

        Optional<?> command = Relauncher.childCommand(new String[] {"bench"});

        assertEquals(Optional.empty(), command);
    }
}
