package org.servicecentre.centre.ui;

import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.servicecentre.centre.CatalogueEntrySummary;
import org.servicecentre.centre.CatalogueService;

/** Loads the catalogue tree one level and one page at a time, filtered by the search text. */
class CatalogueTreeData extends AbstractBackEndHierarchicalDataProvider<CatalogueEntrySummary, Void> {

    private final CatalogueService catalogue;
    private final Supplier<String> text;

    CatalogueTreeData(CatalogueService catalogue, Supplier<String> text) {
        this.catalogue = catalogue;
        this.text = text;
    }

    @Override
    protected Stream<CatalogueEntrySummary> fetchChildrenFromBackEnd(HierarchicalQuery<CatalogueEntrySummary, Void> query) {
        return catalogue.children(parentOf(query), text.get(), query.getOffset(), query.getLimit()).stream();
    }

    @Override
    public int getChildCount(HierarchicalQuery<CatalogueEntrySummary, Void> query) {
        return (int) catalogue.countChildren(parentOf(query), text.get());
    }

    @Override
    public boolean hasChildren(CatalogueEntrySummary item) {
        return item.children() > 0;
    }

    /** Entries are records; their id keeps a row (and whether it is expanded) the same across reloads. */
    @Override
    public Object getId(CatalogueEntrySummary item) {
        return item.id();
    }

    private static Long parentOf(HierarchicalQuery<CatalogueEntrySummary, Void> query) {
        return query.getParentOptional().map(CatalogueEntrySummary::id).orElse(null);
    }
}
