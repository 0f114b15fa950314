package org.stepwise.ui.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.stepwise.ui.classroom.ClassroomViewModel;

/**
 * The open lesson's title and text, shown to the class above the charts of
 * the Train tab, with a button that closes it. Hidden, and taking no room,
 * while no lesson is open.
 */
public final class LessonView extends VBox {

    public LessonView(ClassroomViewModel classroom, Runnable close) {
        getStylesheets().add(LessonView.class.getResource("lesson.css").toExternalForm());
        getStyleClass().add("lesson-panel");
        setId("lessonPanel");

        Label title = new Label();
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.textProperty().bind(classroom.lessonTitleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);

        Button hide = new Button("Close lesson text");
        hide.setId("closeLessonButton");
        hide.setTooltip(new Tooltip("Hide the lesson's text; the lesson's settings stay as they are"));
        hide.setOnAction(event -> close.run());
        HBox top = new HBox(8, title, hide);
        top.setAlignment(Pos.CENTER_LEFT);

        Label text = new Label();
        text.setId("lessonText");
        text.getStyleClass().add("lesson-text");
        text.setWrapText(true);
        text.textProperty().bind(classroom.lessonTextProperty());
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        getChildren().addAll(top, text);
        visibleProperty().bind(classroom.lessonTitleProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
