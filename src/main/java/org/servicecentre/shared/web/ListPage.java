package org.servicecentre.shared.web;

import java.util.List;

/**
 * One window of a filtered list, as every list endpoint of the API returns it: the items, how many match in all,
 * and the window asked for.
 */
public record ListPage<T>(List<T> items, long total, int offset, int limit) {

    public static final String DEFAULT_LIMIT = "50";
    public static final int MAX_LIMIT = 500;
}
