package org.servicecentre.centre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.servicecentre.centre.RegionLevel;
import org.servicecentre.centre.RegionSummary;

/**
 * Picks a region by name or code, labelled with its parent ("同乐社区（南头街道）"), optionally only regions of one
 * level. Forms bind it to a region id with {@link #byId} and {@link #idOf}.
 */
public class RegionPicker extends ComboBox<RegionSummary> {

    private final List<RegionSummary> regions;

    /** {@code label} is already translated; {@code regions} are all regions that may be offered. */
    public RegionPicker(String label, List<RegionSummary> regions) {
        super(label);
        this.regions = List.copyOf(regions);
        setItemLabelGenerator(this::labelOf);
        setItems(this::matches, this.regions);
    }

    /** Offers only regions of this level (none while no level is known), keeping the choice if still among them. */
    public void offerOnly(RegionLevel level) {
        var chosen = getValue();
        var candidates = level == null ? List.<RegionSummary>of() : regions.stream().filter(r -> r.level() == level).toList();
        setItems(this::matches, candidates);
        setValue(chosen != null && candidates.contains(chosen) ? chosen : null);
    }

    public RegionSummary byId(Long id) {
        return id == null ? null : regions.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    public static Long idOf(RegionSummary region) {
        return region == null ? null : region.id();
    }

    private String labelOf(RegionSummary region) {
        return region.parentName() == null ? region.name()
                : getTranslation("regions.option", region.name(), region.parentName());
    }

    private boolean matches(RegionSummary region, String filter) {
        String text = Objects.requireNonNullElse(filter, "").toLowerCase(Locale.ROOT);
        return labelOf(region).toLowerCase(Locale.ROOT).contains(text)
                || region.code().toLowerCase(Locale.ROOT).contains(text);
    }
}
