package app.prism.penetration;

import static org.assertj.core.api.Assertions.assertThat;

import app.prism.account.UnitTree;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatrixColumnsTest {

    /* 1 ── 2 ── 4 ── 6
     *   │    └─ 5
     *   └─ 3
     * 7 (a second root, a leaf) */
    private final UnitTree tree = new UnitTree(List.of(new UnitTree.Link(1, null), new UnitTree.Link(2, 1L),
            new UnitTree.Link(3, 1L), new UnitTree.Link(4, 2L), new UnitTree.Link(5, 2L), new UnitTree.Link(6, 4L),
            new UnitTree.Link(7, null)));

    private static String describe(List<MatrixColumn> columns) {
        return columns.stream().map(c -> c.rolledUp() ? c.unitId() + c.members().toString() : String.valueOf(c.unitId()))
                .collect(Collectors.joining(" "));
    }

    @Test
    void depthOneShowsTheRootsEachStandingForItsSubtree() {
        assertThat(describe(MatrixColumns.of(tree, 1))).isEqualTo("1[1, 2, 4, 6, 5, 3] 7[7]");
    }

    @Test
    void depthTwoShowsTheRootAloneAndItsChildrenWithTheirSubtrees() {
        assertThat(describe(MatrixColumns.of(tree, 2))).isEqualTo("1 2[2, 4, 6, 5] 3[3] 7");
    }

    @Test
    void noDepthShowsEveryUnitAlone() {
        assertThat(describe(MatrixColumns.of(tree, null))).isEqualTo("1 2 4 6 5 3 7");
    }

    @Test
    void openingOneUnitShowsItsChildrenAndKeepsTheRestCollapsed() {
        assertThat(describe(MatrixColumns.opened(tree, Set.of()))).isEqualTo("1[1, 2, 4, 6, 5, 3] 7");
        assertThat(describe(MatrixColumns.opened(tree, Set.of(1L)))).isEqualTo("1 2[2, 4, 6, 5] 3 7");
        assertThat(describe(MatrixColumns.opened(tree, Set.of(1L, 2L)))).isEqualTo("1 2 4[4, 6] 5 3 7");
    }

    @ParameterizedTest(name = "opening every unit shallower than {0} equals depth {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void openingEveryUnitShallowerThanDGivesTheColumnsOfDepthD(int depth) {
        Set<Long> open = tree.inTreeOrder().stream().filter(u -> tree.depth(u) < depth).collect(Collectors.toSet());
        List<MatrixColumn> byDepth = MatrixColumns.of(tree, depth).stream()
                .map(c -> c.members().size() == 1 ? MatrixColumn.alone(c.unitId()) : c).toList();
        assertThat(describe(MatrixColumns.opened(tree, open))).isEqualTo(describe(byDepth));
    }
}
