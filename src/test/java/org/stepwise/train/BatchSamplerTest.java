package org.stepwise.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BatchSamplerTest {

    @Test
    void withoutReplacementVisitsEveryImageOncePerEpoch() {
        BatchSampler sampler = new BatchSampler(100, Sampling.WITHOUT_REPLACEMENT, new SplittableRandom(3));
        int[] batch = new int[10];
        int[] seen = new int[100];

        for (int b = 0; b < 10; b++) {
            sampler.next(batch);
            for (int index : batch) {
                seen[index]++;
            }
        }

        for (int count : seen) {
            assertEquals(1, count);
        }
    }

    @Test
    void withReplacementRepeatsSomeImagesInAnEpochsWorth() {
        BatchSampler sampler = new BatchSampler(100, Sampling.WITH_REPLACEMENT, new SplittableRandom(3));
        int[] batch = new int[100];
        boolean[] seen = new boolean[100];

        sampler.next(batch);
        int distinct = 0;
        for (int index : batch) {
            if (!seen[index]) {
                seen[index] = true;
                distinct++;
            }
        }

        // Drawing 100 of 100 with replacement leaves about 1/e of them out.
        assertTrue(distinct > 50 && distinct < 80, distinct + " distinct images");
    }
}
