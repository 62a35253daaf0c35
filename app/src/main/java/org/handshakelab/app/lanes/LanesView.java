package org.handshakelab.app.lanes;

import java.net.URL;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.handshakelab.model.tcp.Side;

/**
 * The lanes diagram with its headers: client lane left, server lane right, time running down,
 * every segment an arrow, every state change written on its lane. Bound to a {@link LanesViewModel};
 * it keeps no copy of the model's state.
 *
 * <p>Mouse: a click selects an arrow, the wheel scrolls, Ctrl+wheel zooms. Keyboard, when the
 * diagram has focus (Tab reaches it): Up/Down select the previous/next arrow, Home/End the first/
 * last, Escape clears the selection, Page Up/Down scroll, Ctrl +/-/0 zoom. Left and Right are left
 * to the application (stepping). Its stylesheet puts itself first in the scene's stylesheets, so a
 * theme added later overrides its looked-up colours with {@code .lanes-view { -hl-syn: ...; }}.
 */
public final class LanesView extends BorderPane {
    /** The stylesheet with the diagram's styles and default colours (-hl-syn, -hl-ack, ...). */
    public static final String STYLESHEET = stylesheet();

    private final LanesDiagram diagram;

    public LanesView(LanesViewModel model) {
        getStyleClass().add("lanes-view");
        // lanes.css goes first in the scene's stylesheets, not in this node's: a node's own
        // stylesheets beat every scene stylesheet, so themes (theme-light.css, theme-dark.css) could
        // not override its colours. Listed first, a theme's `.lanes-view { -hl-syn: ... }` wins.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && STYLESHEET != null && !scene.getStylesheets().contains(STYLESHEET)) {
                scene.getStylesheets().add(0, STYLESHEET);
            }
        });
        diagram = new LanesDiagram(model);
        LaneHeaderView client = new LaneHeaderView(model, Side.CLIENT);
        LaneHeaderView server = new LaneHeaderView(model, Side.SERVER);
        setTop(new HeaderBar(client, server, diagram));
        setCenter(diagram);
        setFocusTraversable(false);
    }

    /**
     * The height that shows the whole diagram without scrolling (headers included), for exporting
     * it as one picture: size the view to this, lay it out, snapshot it. Known after a layout pass
     * with a playback set; until then the preferred height.
     */
    public double fullHeight() {
        double content = diagram.contentHeight();
        Region top = (Region) getTop();
        return content < 0 ? prefHeight(-1) : top.prefHeight(getWidth()) + content + snappedTopInset()
                + snappedBottomInset();
    }

    /** The diagram, for tests in this package (node counts, scrolling). */
    LanesDiagram diagram() {
        return diagram;
    }

    private static String stylesheet() {
        URL url = LanesView.class.getResource("/org/handshakelab/app/css/lanes.css");
        return url == null ? null : url.toExternalForm();
    }

    /** Puts each lane's header over its lane. */
    private static final class HeaderBar extends Region {
        private final Region client;
        private final Region server;
        private final LanesDiagram diagram;

        HeaderBar(Region client, Region server, LanesDiagram diagram) {
            this.client = client;
            this.server = server;
            this.diagram = diagram;
            getStyleClass().add("lane-header-bar");
            getChildren().addAll(client, server);
            diagram.clientLaneXProperty().addListener(obs -> requestLayout());
            diagram.serverLaneXProperty().addListener(obs -> requestLayout());
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + Math.max(client.prefHeight(-1), server.prefHeight(-1)) + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double h = getHeight() - snappedTopInset() - snappedBottomInset();
            place(client, diagram.clientLaneXProperty().get(), h);
            place(server, diagram.serverLaneXProperty().get(), h);
        }

        private void place(Region header, double centreX, double h) {
            double w = Math.min(header.prefWidth(-1), getWidth() / 2 - 4);
            double x = Math.max(2, Math.min(getWidth() - w - 2, centreX - w / 2));
            header.resizeRelocate(x, snappedTopInset(), w, h);
        }
    }
}
