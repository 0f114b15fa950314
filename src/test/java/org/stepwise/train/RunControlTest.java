package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.stepwise.data.Datasets;
import org.stepwise.data.MnistDataset;
import org.stepwise.network.Network;

/** Pause, single steps and pace, on a counting loop and on a real run. */
class RunControlTest {

    /** Calls awaitGo in a loop on its own thread, counting the steps it was allowed. */
    private static final class Stepper extends Thread {
        final RunControl control;
        final AtomicInteger steps = new AtomicInteger();

        Stepper(RunControl control) {
            this.control = control;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            while (control.awaitGo()) {
                steps.incrementAndGet();
            }
        }

        /** Waits until the thread blocks in awaitGo (or has ended). */
        void awaitBlocked() throws InterruptedException {
            waitFor(() -> getState() == State.WAITING || getState() == State.TIMED_WAITING
                    || getState() == State.TERMINATED);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(5);
        }
    }

    /** Small images whose label decides which row is lit: cheap, unlike the whole of MNIST. */
    private static MnistDataset stripes(String name, int count) {
        byte[] labels = new byte[count];
        byte[] pixels = new byte[count * MnistDataset.PIXEL_COUNT];
        for (int image = 0; image < count; image++) {
            int label = image % 10;
            labels[image] = (byte) label;
            int row = 4 + 2 * label;
            for (int column = 4; column < 24; column++) {
                pixels[image * MnistDataset.PIXEL_COUNT + row * 28 + column] = (byte) 255;
            }
        }
        return MnistDataset.of(name, pixels, labels);
    }

    @Test
    void aPausedRunTakesExactlyOneStepPerSingleStep() throws Exception {
        RunControl control = new RunControl();
        control.pause();
        Stepper stepper = new Stepper(control);
        stepper.awaitBlocked();
        assertEquals(0, stepper.steps.get());

        control.stepOnce();
        waitFor(() -> stepper.steps.get() >= 1);
        stepper.awaitBlocked();
        assertEquals(1, stepper.steps.get());
        assertTrue(control.isPaused(), "a single step leaves the run paused");
        assertTrue(control.showsEveryStep());

        control.stepOnce();
        control.stepOnce();
        waitFor(() -> stepper.steps.get() >= 3);
        stepper.awaitBlocked();
        assertEquals(3, stepper.steps.get());

        control.cancel();
        stepper.join(10_000);
        assertFalse(stepper.isAlive());
    }

    @Test
    void singleStepWhileRunningDoesNothingAndResumeForgetsUnusedSteps() throws Exception {
        RunControl control = new RunControl();
        control.stepOnce();
        control.pause();
        control.stepOnce();
        control.resume();
        control.pause();

        Stepper stepper = new Stepper(control);
        stepper.awaitBlocked();
        assertEquals(0, stepper.steps.get(), "no step left over from before the pause");
        control.cancel();
        stepper.join(10_000);

        RunControl running = new RunControl();
        assertTrue(running.awaitGo());
        assertFalse(running.showsEveryStep(), "a free-running step at full speed is not shown one by one");
    }

    @Test
    void aPacedRunWaitsWithoutSpinning() {
        RunControl control = new RunControl();
        control.setPace(20);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();

        for (int i = 0; i < 6; i++) {
            assertTrue(control.awaitGo());
        }

        double wallSeconds = (System.nanoTime() - wallBefore) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        // Six steps at 20 a second: five gaps of 50 ms at the least.
        assertTrue(wallSeconds >= 0.245, "waited only " + wallSeconds + " s");
        // Spinning would burn the whole wait on this core.
        assertTrue(cpuSeconds < 0.5 * wallSeconds, "used " + cpuSeconds + " s of CPU in "
                + wallSeconds + " s");
        assertTrue(control.showsEveryStep());
        assertEquals(20, control.pace(), 1e-9);
    }

    @Test
    void paceChangesDuringAWaitAndZeroIsFullSpeed() throws Exception {
        RunControl control = new RunControl();
        control.setPace(0.1);
        Stepper stepper = new Stepper(control);
        waitFor(() -> stepper.steps.get() >= 1);
        stepper.awaitBlocked();
        assertEquals(1, stepper.steps.get(), "the next step is ten seconds away");

        control.setPace(0);
        waitFor(() -> stepper.steps.get() > 1000);
        control.cancel();
        stepper.join(10_000);
        assertEquals(0, control.pace());
    }

    @Test
    void aPaceTooSlowOrNotANumberIsRefused() {
        RunControl control = new RunControl();
        assertThrows(IllegalArgumentException.class, () -> control.setPace(0.01));
        assertThrows(IllegalArgumentException.class, () -> control.setPace(Double.NaN));
    }

    @Test
    void aRealRunStartedPausedTrainsExactlyOneMiniBatchPerSingleStep() throws Exception {
        TrainingConfig config = TrainingConfig.thesis().toBuilder()
                .hiddenSizes(List.of(8)).batchSize(4).sections(1).stepsPerSection(50).build();
        Datasets data = new Datasets(stripes("training", 40), stripes("test", 20), "stripes for tests");
        List<StepMetrics> steps = new CopyOnWriteArrayList<>();
        List<Integer> snapshots = new CopyOnWriteArrayList<>();
        RunControl control = new RunControl();
        control.pause();
        control.stepOnce();
        Thread run = new Thread(() -> {
            new Trainer(config, data).run(new TrainingListener() {
                @Override
                public void onStep(StepMetrics metrics) {
                    steps.add(metrics);
                }

                @Override
                public boolean wantsSnapshots() {
                    return true;
                }

                @Override
                public void onSnapshot(Network network, int completed) {
                    snapshots.add(completed);
                }
            }, control);
        });
        run.setDaemon(true);
        run.start();

        waitFor(() -> steps.size() >= 1);
        waitFor(() -> run.getState() == Thread.State.WAITING);
        assertEquals(1, steps.size());
        assertEquals(0, steps.get(0).step());
        assertTrue(Double.isFinite(steps.get(0).batchLoss()));
        assertEquals(List.of(1), snapshots, "the reading gets the network after the single step");

        control.stepOnce();
        waitFor(() -> steps.size() >= 2);
        waitFor(() -> run.getState() == Thread.State.WAITING);
        assertEquals(2, steps.size());
        assertEquals(1, steps.get(1).step());

        control.cancel();
        run.join(20_000);
        assertFalse(run.isAlive());
    }
}
