package app.prism.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    /*
     *  1 Group
     *  ├── 2 Company A
     *  │   ├── 4 Division A1
     *  │   │   └── 6 Site A1a
     *  │   └── 5 Division A2
     *  └── 3 Company B
     *  7 Second root
     */
    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Link(1, null), new UnitTree.Link(2, 1L), new UnitTree.Link(3, 1L), new UnitTree.Link(4, 2L),
            new UnitTree.Link(5, 2L), new UnitTree.Link(6, 4L), new UnitTree.Link(7, null)));

    @ParameterizedTest(name = "unit {0} sits at depth {1}")
    @CsvSource({"1,1", "2,2", "3,2", "4,3", "5,3", "6,4", "7,1"})
    void rootsAreAtDepthOneAndEachLevelAddsOne(long unit, int depth) {
        assertThat(tree.depth(unit)).isEqualTo(depth);
    }

    @ParameterizedTest(name = "moving {0} under {1} creates a cycle: {2}")
    @CsvSource({
            "2,2,true",    // under itself
            "2,4,true",    // under its child
            "2,6,true",    // under its grandchild
            "1,6,true",    // the root under a leaf
            "4,3,false",   // to a cousin
            "6,1,false",   // up to the root
            "2,7,false",   // to another root
            "4,5,false"})  // to a sibling
    void aUnitCannotMoveUnderItselfOrItsOwnDescendants(long unit, long newParent, boolean cycle) {
        assertThat(tree.moveCreatesCycle(unit, newParent)).isEqualTo(cycle);
    }

    @Test
    void movingToTheTopLevelNeverCreatesACycle() {
        assertThat(tree.moveCreatesCycle(6, null)).isFalse();
    }

    @Test
    void aSubtreeHoldsTheUnitAndEverythingBelowItParentsFirst() {
        assertThat(tree.subtree(2)).containsExactly(2L, 4L, 6L, 5L);
        assertThat(tree.subtree(6)).containsExactly(6L);
        assertThat(tree.subtree(1)).containsExactly(1L, 2L, 4L, 6L, 5L, 3L);
    }

    @Test
    void treeOrderVisitsEveryRootWithItsSubtree() {
        assertThat(tree.inTreeOrder()).containsExactly(1L, 2L, 4L, 6L, 5L, 3L, 7L);
        assertThat(tree.roots()).containsExactly(1L, 7L);
        assertThat(tree.children(2)).containsExactly(4L, 5L);
        assertThat(tree.children(6)).isEmpty();
    }

    @Test
    void isInSubtreeCountsTheUnitItselfAndNotItsAncestors() {
        assertThat(tree.isInSubtree(6, 2)).isTrue();
        assertThat(tree.isInSubtree(2, 2)).isTrue();
        assertThat(tree.isInSubtree(2, 6)).isFalse();
        assertThat(tree.isInSubtree(3, 2)).isFalse();
    }

    @Test
    void anEmptyAccountHasAnEmptyTree() {
        UnitTree empty = new UnitTree(List.of());
        assertThat(empty.roots()).isEmpty();
        assertThat(empty.inTreeOrder()).isEmpty();
        assertThat(empty.contains(1)).isFalse();
    }

    @Test
    void aUnitWhoseParentIsUnknownIsTreatedAsARoot() {
        UnitTree partial = new UnitTree(List.of(new UnitTree.Link(5, 99L), new UnitTree.Link(6, 5L)));
        assertThat(partial.roots()).containsExactly(5L);
        assertThat(partial.depth(6)).isEqualTo(2);
    }
}
