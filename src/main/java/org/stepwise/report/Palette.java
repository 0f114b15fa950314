package org.stepwise.report;

/**
 * The Okabe-Ito colours, distinguishable with the common forms of colour
 * blindness, in the order series take them (black comes last, for an overlay).
 */
public final class Palette {

    private static final String[] HEX = {
        "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
    };

    private Palette() {
    }

    /** The colour of series {@code index}, as "#RRGGBB"; colours repeat after eight series. */
    public static String hex(int index) {
        return HEX[Math.floorMod(index, HEX.length)];
    }

    /** The same colour as an AWT colour, for PNG export. */
    public static java.awt.Color awt(int index) {
        return java.awt.Color.decode(hex(index));
    }

    public static int size() {
        return HEX.length;
    }
}
