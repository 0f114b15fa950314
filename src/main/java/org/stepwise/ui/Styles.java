package org.stepwise.ui;

import java.util.Locale;
import java.util.Objects;

import javafx.css.PseudoClass;

import org.stepwise.ui.training.TrainingState;

/**
 * The style classes and pseudo-classes of stepwise.css, named once so that
 * views and the stylesheet cannot drift apart silently.
 */
public final class Styles {

    public static final String MAIN_VIEW = "main-view";
    public static final String SETTINGS_PANEL = "settings-panel";
    public static final String SETTINGS_CONTENT = "settings-content";
    public static final String SECTION_TITLE = "section-title";
    public static final String SETTING = "setting";
    public static final String SETTING_LABEL = "setting-label";
    public static final String NUMBER_FIELD = "number-field";
    public static final String ERROR_TEXT = "error-text";
    public static final String HINT_TEXT = "hint-text";
    public static final String WARNING_TEXT = "warning-text";
    public static final String FORMULA = "formula";

    public static final String TRAINING_CONTROLS = "training-controls";
    public static final String START_BUTTON = "start-button";
    public static final String PROGRESS_TEXT = "progress-text";
    public static final String PACE_BOX = "pace-box";

    /** On the main view in presenter mode: large type, thick lines. */
    public static final String PRESENTER = "presenter";
    /** On the main view and dialogs in the dark theme. */
    public static final String DARK = "dark";

    public static final String CHARTS_VIEW = "charts-view";
    public static final String LOSS_CHART = "loss-chart";
    public static final String ACCURACY_CHART = "accuracy-chart";
    public static final String RATE_CHART = "rate-chart";
    public static final String FULL_TEST_POINT = "full-test-point";

    public static final String READING_PANEL = "reading-panel";
    public static final String DRAWING_PAD = "drawing-pad";
    public static final String PAD_FRAME = "pad-frame";
    public static final String PAD_HINT = "pad-hint";
    public static final String READ_DIGIT = "read-digit";
    public static final String READS_LABEL = "reads-label";
    public static final String OUTPUTS_TITLE = "outputs-title";
    public static final String OUTPUT_BARS = "output-bars";
    public static final String OUTPUT_BAR = "output-bar";
    public static final String OUTPUT_DIGIT = "output-digit";
    public static final String OUTPUT_VALUE = "output-value";
    public static final String PAD_BUTTONS = "pad-buttons";
    public static final String READING_TOP = "reading-top";
    public static final String INPUT_BOX = "input-box";
    public static final String INPUT_FRAME = "input-frame";
    public static final String READING_SOURCE = "reading-source";

    public static final String INSIDE_VIEW = "inside-view";
    public static final String INSIDE_HEADER = "inside-header";
    public static final String INSIDE_TITLE = "inside-title";
    public static final String PAGE_SWITCHER = "page-switcher";
    public static final String TEST_BROWSER = "test-browser";
    public static final String TEST_VERDICT = "test-verdict";
    public static final String MISTAKES_PAGE = "mistakes-page";
    public static final String MATRIX_COLUMN = "matrix-column";
    public static final String CONFUSION_MATRIX = "confusion-matrix";
    public static final String DIGIT_GALLERY = "digit-gallery";
    public static final String GALLERY_SCROLL = "gallery-scroll";
    public static final String GALLERY_TILES = "gallery-tiles";
    public static final String GALLERY_TILE = "gallery-tile";
    public static final String GALLERY_CAPTION = "gallery-caption";
    public static final String WEIGHT_IMAGES = "weight-images";
    public static final String WEIGHT_LEGEND = "weight-legend";
    public static final String WEIGHT_RAMP = "weight-ramp";
    public static final String WEIGHT_TILES = "weight-tiles";
    public static final String WEIGHT_TILE = "weight-tile";

    public static final String SLIDER_WITH_FIELD = "slider-with-field";
    public static final String BUTTON_ROW = "button-row";
    public static final String TRAINING_AREA = "training-area";
    /** The scroll pane around the reading area, a scroll bar wider than it. */
    public static final String READING_SCROLL = "reading-scroll";
    public static final String READING_AREA = "reading-area";
    public static final String VERDICT = "verdict";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_DATA = "status-data";
    public static final String STATUS_STATE = "status-state";
    public static final String STATUS_MESSAGE = "status-message";

    /** A text field whose text is not a valid value. */
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    /** The bar and digit of the output the network picks. */
    public static final PseudoClass PREDICTED = PseudoClass.getPseudoClass("predicted");

    /** The big digit while nothing is read: a muted question mark. */
    public static final PseudoClass NO_READING = PseudoClass.getPseudoClass("no-reading");

    /** A test digit the network reads wrong. */
    public static final PseudoClass MISREAD = PseudoClass.getPseudoClass("misread");

    /** A status message that reports a failure. */
    public static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private static final String STYLESHEET = "stepwise.css";
    private static final String DARK_STYLESHEET = "stepwise-dark.css";

    private Styles() {
    }

    /** The stylesheet's URL, for {@code scene.getStylesheets().add(...)}. */
    public static String stylesheet() {
        return Objects.requireNonNull(Styles.class.getResource(STYLESHEET),
                "stepwise.css is missing from the classpath").toExternalForm();
    }

    /**
     * The dark theme's stylesheet, added after {@link #stylesheet()}; its rules apply under {@link #DARK}.
     */
    public static String darkStylesheet() {
        return Objects.requireNonNull(Styles.class.getResource(DARK_STYLESHEET),
                "stepwise-dark.css is missing from the classpath").toExternalForm();
    }

    /** The pseudo-class of a training state: ":running", ":paused", ":failed", ... */
    public static PseudoClass of(TrainingState state) {
        return PseudoClass.getPseudoClass(state.name().toLowerCase(Locale.ROOT));
    }
}
