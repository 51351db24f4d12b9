package org.servicecentre.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListPageTest {

    /** Twelve items served the way the services page them: page number = offset / limit. */
    private static final List<Integer> ITEMS = IntStream.range(0, 12).boxed().toList();

    private static List<Integer> pageAt(int offset, int limit) {
        int page = offset / limit;
        return ITEMS.subList(Math.min(page * limit, ITEMS.size()), Math.min(page * limit + limit, ITEMS.size()));
    }

    @Test
    void readsAnAlignedWindowInOneCall() {
        assertThat(ListPage.window(5, 5, ListPageTest::pageAt)).containsExactly(5, 6, 7, 8, 9);
    }

    @Test
    void readsAWindowThatStraddlesTwoPages() {
        assertThat(ListPage.window(3, 5, ListPageTest::pageAt)).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void stopsAtTheEndOfTheList() {
        assertThat(ListPage.window(9, 5, ListPageTest::pageAt)).containsExactly(9, 10, 11);
        assertThat(ListPage.window(40, 5, ListPageTest::pageAt)).isEmpty();
    }
}
