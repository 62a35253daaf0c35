package org.handshakelab.app.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;

/** NodePool: one node per key per frame, spares reused, and a spare styled alike preferred. */
class NodePoolTest {
    private final Group layer = new Group();
    /** A node's "style" here is its width: the pool is told to read it so. */
    private final NodePool<Rectangle> pool = new NodePool<>(layer, Rectangle::new, r -> (int) r.getWidth());

    private Rectangle acquireStyled(int key, int style) {
        Rectangle r = pool.acquire(key, style);
        r.setWidth(style);
        return r;
    }

    @Test
    void aKeyKeepsItsNodeFromFrameToFrame() {
        Rectangle first = acquireStyled(1, 10);
        pool.endFrame();
        assertSame(first, acquireStyled(1, 10));
        assertEquals(1, pool.created());
    }

    @Test
    void aKeyNotAcquiredIsHiddenAndItsNodeReused() {
        Rectangle first = acquireStyled(1, 10);
        pool.endFrame();
        pool.endFrame(); // key 1 not acquired in this frame
        assertFalse(first.isVisible());
        assertSame(first, acquireStyled(2, 10), "the hidden node serves the new key");
        assertTrue(first.isVisible());
        assertEquals(1, pool.size());
    }

    @Test
    void aNewKeyGetsTheSpareStyledLikeItRatherThanAnyOther() {
        Rectangle wide = acquireStyled(1, 30);
        Rectangle narrow = acquireStyled(2, 10);
        Rectangle wide2 = acquireStyled(3, 30);
        pool.endFrame();
        pool.endFrame(); // all three are spares now
        assertSame(narrow, pool.acquire(7, 10), "the one spare with style 10");
        Rectangle next = pool.acquire(8, 30);
        assertTrue(next == wide || next == wide2, "a spare with style 30");
        assertEquals(3, pool.created());
    }

    @Test
    void nodesSitInSmallGroupsSoThatAChangeRecomputesTheBoundsOfFewNodes() {
        for (int key = 0; key < 3 * NodePool.GROUP_SIZE + 1; key++) {
            pool.acquire(key, 0);
        }
        assertEquals(4, layer.getChildren().size(), "groups in the layer");
        for (javafx.scene.Node group : layer.getChildren()) {
            assertTrue(((Group) group).getChildren().size() <= NodePool.GROUP_SIZE);
        }
        assertEquals(3 * NodePool.GROUP_SIZE + 1, pool.size());
    }

    @Test
    void withNoSpareStyledAlikeAnySpareIsUsedBeforeMakingANode() {
        Rectangle only = acquireStyled(1, 30);
        pool.endFrame();
        pool.endFrame();
        assertSame(only, pool.acquire(2, 10));
        assertEquals(1, pool.created());
    }
}
