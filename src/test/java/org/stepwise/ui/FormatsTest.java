package org.stepwise.ui;

import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({"0, 0:00", "0.2, 0:01", "59, 0:59", "61, 1:01", "3723, 1:02:03"})
    void writesDurationsAsClockTime(double seconds, String expected) {
        assertEquals(expected, Formats.duration(seconds));
    }

    @Test
    void groupsThousands() {
        assertEquals("60,000", Formats.count(60_000));
    }

    @Test
    void turnsAnEngineMessageIntoASentence() {
        assertEquals("The batch size must be at least 1, got 0.",
                Formats.sentence("the batch size must be at least 1, got 0"));
    }

    @Test
    void turnsAnExceptionIntoItsMessageAlone() {
        Exception failure =
                new NoSuchFileException("/data", null, "expected a directory but there is none");

        assertEquals("/data: expected a directory but there is none.", Formats.sentence(failure));
    }

    @Test
    void namesAnExceptionWithoutAMessage() {
        assertEquals("An unexpected NullPointerException occurred.",
                Formats.sentence(new NullPointerException()));
    }
}
