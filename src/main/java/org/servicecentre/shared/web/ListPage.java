package org.servicecentre.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One window of a filtered list, as every list endpoint of the API returns it: the items, how many match in all,
 * and the window asked for.
 */
public record ListPage<T>(List<T> items, long total, int offset, int limit) {

    public static final String DEFAULT_LIMIT = "50";
    public static final int MAX_LIMIT = 500;

    /**
     * Reads the window [offset, offset + limit) from a service that pages by page number
     * ({@code offset / limit}), so an offset that is not a multiple of the limit still gets exactly its items.
     */
    public static <T> List<T> window(int offset, int limit, BiFunction<Integer, Integer, List<T>> pageAt) {
        int skip = offset % limit;
        if (skip == 0) {
            return pageAt.apply(offset, limit);
        }
        int first = offset - skip;
        var items = new ArrayList<T>(pageAt.apply(first, limit));
        if (items.size() == limit) {
            items.addAll(pageAt.apply(first + limit, limit));
        }
        return List.copyOf(items.subList(Math.min(skip, items.size()), Math.min(skip + limit, items.size())));
    }
}
