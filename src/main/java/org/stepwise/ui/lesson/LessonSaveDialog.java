package org.stepwise.ui.lesson;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.stepwise.ui.classroom.ClassroomViewModel;

/**
 * Asks for a lesson's title and its text for the class before saving; the
 * open lesson's are filled in. Save stays disabled while the title is empty,
 * and a problem with the settings or the lengths is said in the dialog.
 */
public final class LessonSaveDialog {

    private LessonSaveDialog() {
    }

    /** The lesson to save, or empty when the teacher cancelled. */
    public static Optional<Lesson> ask(Window owner, ClassroomViewModel classroom, LessonViewModel lessons) {
        TextField title = new TextField(classroom.lessonTitleProperty().get());
        title.setId("lessonTitleField");
        title.setPromptText("Such as: The noise ball");
        TextArea text = new TextArea(classroom.lessonTextProperty().get());
        text.setId("lessonTextField");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText("What the class should watch for, in a few sentences");
        Label problem = new Label();
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);

        Dialog<Lesson> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Save lesson");
        dialog.setHeaderText("The lesson keeps the current settings, seed and shown controls");
        ButtonType save = new ButtonType("Save\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(6, new Label("Title"), title,
                new Label("Text for the class"), text, problem));
        dialog.getDialogPane().setPrefWidth(520);
        var saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(title.textProperty().isEmpty());
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                lessons.current(title.getText().strip(), text.getText().strip());
            } catch (IllegalStateException | IllegalArgumentException e) {
                problem.setText("Cannot save: " + e.getMessage());
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == save
                ? lessons.current(title.getText().strip(), text.getText().strip()) : null);
        return dialog.showAndWait();
    }
}
