package org.stepwise.ui.inside;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

import org.stepwise.ui.PixelImages;
import org.stepwise.ui.Styles;

/**
 * The first layer's weights: one tile per hidden unit, its 784 weights laid
 * out as the 28 x 28 image they multiply, blue below 0, white at 0, orange
 * above. Updates as training sends new networks, a few times a second.
 */
public final class WeightImagesView extends VBox {

    /** Screen pixels per weight while there are at most 64 units: 84-pixel tiles. */
    public static final int LARGE_SCALE = 3;

    /** Screen pixels per weight for more units: 56-pixel tiles. */
    public static final int SMALL_SCALE = 2;

    private static final int LARGE_UNTIL = 64;

    private final InsideViewModel model;
    private final TilePane tiles = new TilePane();
    private final Label summary = new Label();

    public WeightImagesView(InsideViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.WEIGHT_IMAGES);
        setId("weightImages");

        Label title = new Label("First layer: what each hidden unit looks for");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        summary.setId("weightsSummary");
        summary.getStyleClass().add(Styles.HINT_TEXT);
        summary.setWrapText(true);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        problem.textProperty().bind(model.weightsProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        tiles.setId("weightTiles");
        tiles.getStyleClass().add(Styles.WEIGHT_TILES);
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.GALLERY_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        getChildren().addAll(title, summary, legend(), problem, scroll);
        model.weightsProperty().addListener((observable, before, now) -> show(now));
        show(model.getWeights());
    }

    /** Blue, white and orange with what each means. */
    private static HBox legend() {
        Region ramp = new Region();
        ramp.getStyleClass().add(Styles.WEIGHT_RAMP);
        Label negative = new Label("ink here lowers the unit's input");
        Label positive = new Label("ink here raises it");
        negative.getStyleClass().add(Styles.HINT_TEXT);
        positive.getStyleClass().add(Styles.HINT_TEXT);
        HBox legend = new HBox(negative, ramp, positive);
        legend.getStyleClass().add(Styles.WEIGHT_LEGEND);
        return legend;
    }

    private void show(WeightTiles weights) {
        if (weights == null) {
            tiles.getChildren().clear();
            summary.setText("");
            return;
        }
        int scale = weights.units() <= LARGE_UNTIL ? LARGE_SCALE : SMALL_SCALE;
        int large = weights.side() * scale;
        if (!fits(weights.units(), large)) {
            rebuild(weights.units(), large);
        }
        List<int[]> pictures = weights.tiles();
        for (int unit = 0; unit < pictures.size(); unit++) {
            ImageView view = (ImageView) tiles.getChildren().get(unit);
            PixelImages.writeMagnified((WritableImage) view.getImage(), pictures.get(unit),
                    weights.side(), scale);
        }
        summary.setText(weights.units() + " hidden units in layer 1, each drawn from its "
                + weights.side() * weights.side() + " incoming weights as the " + weights.side()
                + " x " + weights.side() + " picture they weigh; each tile is scaled to its own"
                + " largest weight.");
    }

    /** True when the tiles already there have the right number and size to be drawn over. */
    private boolean fits(int units, int large) {
        return tiles.getChildren().size() == units && (units == 0
                || ((ImageView) tiles.getChildren().get(0)).getImage().getWidth() == large);
    }

    private void rebuild(int units, int large) {
        tiles.getChildren().clear();
        for (int unit = 0; unit < units; unit++) {
            ImageView view = new ImageView(new WritableImage(large, large));
            view.setSmooth(false);
            view.getStyleClass().add(Styles.WEIGHT_TILE);
            Tooltip.install(view, new Tooltip("Hidden unit " + (unit + 1)));
            tiles.getChildren().add(view);
        }
    }

    /** The number of tiles shown, for tests. */
    public int tileCount() {
        return tiles.getChildren().size();
    }
}
