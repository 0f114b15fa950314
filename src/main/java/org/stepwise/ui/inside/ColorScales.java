package org.stepwise.ui.inside;

import javafx.scene.paint.Color;

/**
 * The two colour scales of the Inside tab, both readable with the common
 * kinds of colour blindness because they vary in lightness, not only hue.
 *
 * <ul>
 * <li>{@link #sequential}: white to dark blue, for counts (ColorBrewer's
 * "Blues", Brewer and Harrower).</li>
 * <li>{@link #diverging}: blue through white to orange, for weights either
 * side of 0 (the ends of ColorBrewer's "PuOr" family, darkened alike).</li>
 * </ul>
 */
public final class ColorScales {

    private static final int[] BLUES = {
        0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B
    };
    private static final int NEGATIVE = 0x2166AC;
    private static final int POSITIVE = 0xB35806;
    private static final int WHITE = 0xFFFFFF;
    private static final int OPAQUE = 0xFF000000;

    private ColorScales() {
    }

    /** White at 0 through to dark blue at 1, as opaque ARGB; {@code t} is clamped to 0..1. */
    public static int sequential(double t) {
        double position = clamp(t, 0, 1) * (BLUES.length - 1);
        int low = Math.min(BLUES.length - 2, (int) Math.floor(position));
        return OPAQUE | mix(BLUES[low], BLUES[low + 1], position - low);
    }

    /** Blue at -1, white at 0, orange at +1, as opaque ARGB; {@code v} is clamped to -1..1. */
    public static int diverging(double v) {
        double t = clamp(v, -1, 1);
        int rgb = t < 0 ? mix(WHITE, NEGATIVE, -t) : mix(WHITE, POSITIVE, t);
        return OPAQUE | rgb;
    }

    /** An ARGB value as a JavaFX colour. */
    public static Color color(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }

    /** True when black text reads better than white on this colour (Rec. 601 luma over one half). */
    public static boolean isLight(int argb) {
        double luma = 0.299 * (argb >> 16 & 0xFF) + 0.587 * (argb >> 8 & 0xFF) + 0.114 * (argb & 0xFF);
        return luma > 0.5 * 255;
    }

    private static int mix(int from, int to, double t) {
        int red = channel(from >> 16, to >> 16, t);
        int green = channel(from >> 8, to >> 8, t);
        int blue = channel(from, to, t);
        return red << 16 | green << 8 | blue;
    }

    private static int channel(int from, int to, double t) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }

    private static double clamp(double value, double low, double high) {
        return Double.isNaN(value) ? low : Math.min(high, Math.max(low, value));
    }
}
