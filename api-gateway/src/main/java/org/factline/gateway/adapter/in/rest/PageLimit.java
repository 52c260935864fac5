package org.factline.gateway.adapter.in.rest;

import jakarta.ws.rs.BadRequestException;

/** The page size every list endpoint of the gateway accepts, checked before any downstream call. */
final class PageLimit {

    static final int MAX = 500;

    private PageLimit() {
    }

    static int check(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new BadRequestException("limit must be between 1 and " + MAX);
        }
        return limit;
    }
}
