package org.stepwise.ui.classroom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/**
 * Which nodes and tabs each {@link ShownControl} stands for, and hiding the
 * ones a teacher did not choose. Hidden parts are taken out of their parent
 * (not made invisible: several settings rows bind their own visibility) and
 * put back exactly where they were by {@link #restore()}. FX thread only.
 */
public final class ShownControlsLayout {

    private final Map<ShownControl, List<Node>> nodes = new EnumMap<>(ShownControl.class);
    private final Map<ShownControl, List<Tab>> tabs = new EnumMap<>(ShownControl.class);
    private final Map<Node, Set<ShownControl>> groups = new LinkedHashMap<>();
    private final Deque<Runnable> undo = new ArrayDeque<>();

    /**
     * Hides {@code node} (a section title, a whole panel) when none of
     * {@code controls} is shown.
     */
    public void addWhenAllHidden(Set<ShownControl> controls, Node node) {
        groups.put(node, Set.copyOf(controls));
    }

    /** Makes {@code node} part of {@code control}; its parent must be a Pane or BorderPane. */
    public void add(ShownControl control, Node node) {
        nodes.computeIfAbsent(control, c -> new ArrayList<>()).add(node);
    }

    public void add(ShownControl control, Tab tab) {
        tabs.computeIfAbsent(control, c -> new ArrayList<>()).add(tab);
    }

    /** The nodes registered for {@code control}, for tests and for checking coverage. */
    public List<Node> nodesOf(ShownControl control) {
        return List.copyOf(nodes.getOrDefault(control, List.of()));
    }

    /** Shows exactly the parts of {@code shown}, putting back whatever an earlier call hid. */
    public void showOnly(Set<ShownControl> shown) {
        restore();
        for (ShownControl control : ShownControl.values()) {
            if (shown.contains(control)) {
                continue;
            }
            nodes.getOrDefault(control, List.of()).forEach(this::takeOut);
            tabs.getOrDefault(control, List.of()).forEach(this::takeOut);
        }
        groups.forEach((node, controls) -> {
            if (controls.stream().noneMatch(shown::contains)) {
                takeOut(node);
            }
        });
    }

    /** Puts every hidden part back where it was, in reverse order of hiding. */
    public void restore() {
        while (!undo.isEmpty()) {
            undo.pop().run();
        }
    }

    /** True while some part is hidden. */
    public boolean isHiding() {
        return !undo.isEmpty();
    }

    private void takeOut(Node node) {
        if (node.getParent() instanceof BorderPane border) {
            takeOutOf(border, node);
        } else if (node.getParent() instanceof Pane pane) {
            int index = pane.getChildren().indexOf(node);
            pane.getChildren().remove(index);
            undo.push(() -> pane.getChildren().add(index, node));
        }
        // A node already out (or never placed) has nothing to hide.
    }

    private void takeOutOf(BorderPane border, Node node) {
        if (border.getLeft() == node) {
            border.setLeft(null);
            undo.push(() -> border.setLeft(node));
        } else if (border.getRight() == node) {
            border.setRight(null);
            undo.push(() -> border.setRight(node));
        } else if (border.getTop() == node) {
            border.setTop(null);
            undo.push(() -> border.setTop(node));
        } else if (border.getBottom() == node) {
            border.setBottom(null);
            undo.push(() -> border.setBottom(node));
        }
    }

    private void takeOut(Tab tab) {
        TabPane pane = tab.getTabPane();
        if (pane == null) {
            return;
        }
        int index = pane.getTabs().indexOf(tab);
        pane.getTabs().remove(index);
        undo.push(() -> pane.getTabs().add(index, tab));
    }
}
