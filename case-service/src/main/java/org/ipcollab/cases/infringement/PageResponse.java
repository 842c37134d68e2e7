package org.ipcollab.cases.infringement;

import java.util.List;

/** One page of a list. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
