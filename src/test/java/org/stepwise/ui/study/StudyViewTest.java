package org.stepwise.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.control.Spinner;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class StudyViewTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void typingSomethingThatIsNotAWholeNumberKeepsTheLastValidRunCount() throws Exception {
        List<Integer> values = WaitForAsyncUtils.asyncFx(() -> {
            Spinner<Integer> runs = StudyView.wholeNumberSpinner(1, 100, 10);
            var converter = runs.getValueFactory().getConverter();
            return List.of(converter.fromString("abc"), converter.fromString(""), converter.fromString(" 7 "),
                    converter.fromString("0"), converter.fromString("5000"));
        }).get();

        assertEquals(List.of(10, 10, 7, 1, 100), values);
    }
}
