package org.handshakelab.app.export;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.paint.Color;

/**
 * The legend of the lanes view's arrow kinds for an exported picture: the colours and dash
 * patterns of lanes.css's light defaults (Okabe-Ito palette; SYN solid, ACK dotted, data solid,
 * FIN long dashes, RST dash-dot, a retransmission long-short-short). If a theme changes them, build
 * the entries from the theme's colours instead.
 */
public final class LanesLegend {
    private static final String BUNDLE = "org.handshakelab.app.i18n.teaching";

    private LanesLegend() {
    }

    public static List<LegendEntry> entries(Locale locale) {
        Locale l = locale != null && "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, l);
        return List.of(
                LegendEntry.solid("SYN", Color.web("#0072B2")),
                new LegendEntry("ACK", Color.web("#009E73"), List.of(3.0, 5.0)),
                LegendEntry.solid(texts.getString("export.legend.data"), Color.web("#E69F00")),
                new LegendEntry("FIN", Color.web("#CC79A7"), List.of(12.0, 5.0)),
                new LegendEntry("RST", Color.web("#D55E00"), List.of(12.0, 4.0, 2.0, 4.0)),
                new LegendEntry(texts.getString("export.legend.retransmission"), Color.web("#3c3c3c"),
                        List.of(14.0, 4.0, 3.0, 4.0, 3.0, 4.0)));
    }
}
