package org.servicecentre.centre;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicecentre.security.CurrentUser;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.NotFoundException;
import org.servicecentre.shared.OffsetLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The service catalogue (服务事项目录): sectors > categories > items. Every signed-in user reads it (archived entries
 * only admins); admins keep it. Codes identify entries within their level, so imports create or update by code.
 */
@Service
@Validated
@Transactional
public class CatalogueService {

    private final CatalogueEntries entries;
    private final ServiceOfferings offerings;
    private final CurrentUser currentUser;

    CatalogueService(CatalogueEntries entries, ServiceOfferings offerings, CurrentUser currentUser) {
        this.entries = entries;
        this.offerings = offerings;
        this.currentUser = currentUser;
    }

    /**
     * One level of the tree: the sectors (parent {@code null}) or the children of one entry, in sort order, keeping
     * only what matches the text, lies under a match or leads to one.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CatalogueEntrySummary> children(Long parentId, String text, int offset, int limit) {
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries(entries.tree(parentId, normalise(text), activeOnly(), page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countChildren(Long parentId, String text) {
        return entries.countTree(parentId, normalise(text), activeOnly());
    }

    /**
     * The entries of one level, flat, optionally under the parent with this code (a sector's categories, a
     * category's items), matching the text in code or names. Archived entries, and entries under archived ones,
     * only when an admin asks for them.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CatalogueEntrySummary> list(CatalogueLevel level, String parentCode, String text, boolean withArchived,
                                           int offset, int limit) {
        var page = OffsetLimit.of(Math.max(offset, 0), Math.max(limit, 1));
        return summaries(entries.level(level, parentIdOf(level, parentCode), normalise(text),
                !withArchived || activeOnly(), page));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(CatalogueLevel level, String parentCode, String text, boolean withArchived) {
        return entries.countLevel(level, parentIdOf(level, parentCode), normalise(text), !withArchived || activeOnly());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CatalogueEntrySummary get(long id) {
        var entry = entries.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("catalogue_entry", id));
        return summaries(List.of(entry)).getFirst();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CatalogueEntrySummary> findByCode(CatalogueLevel level, String code) {
        return entries.findByLevelAndCode(level, upper(code)).filter(this::visible)
                .map(e -> summaries(List.of(e)).getFirst());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CatalogueEntrySummary getByCode(CatalogueLevel level, String code) {
        return findByCode(level, code).orElseThrow(() -> new NotFoundException("catalogue_entry", code));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CatalogueEntrySummary create(@Valid CatalogueEntryDraft draft) {
        if (entries.findByLevelAndCode(draft.getLevel(), draft.getCode()).isPresent()) {
            throw new DomainException("DUPLICATE_CODE", draft.getCode());
        }
        var entry = new CatalogueEntry(draft.getLevel(), draft.getCode());
        entry.describe(parentFor(draft), draft);
        return summaries(List.of(entries.saveAndFlush(entry))).getFirst();
    }

    /** Changes names, description, order, status and (for categories and items) the parent; never level or code. */
    @PreAuthorize("hasRole('ADMIN')")
    public CatalogueEntrySummary update(long id, @Valid CatalogueEntryDraft draft) {
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("catalogue_entry", id));
        if (entry.level() != draft.getLevel() || !entry.code().equals(draft.getCode())) {
            throw new DomainException("CODE_IMMUTABLE");
        }
        entry.describe(parentFor(draft), draft);
        return summaries(List.of(entries.saveAndFlush(entry))).getFirst();
    }

    /** Creates the entry with this level and code, or updates it if it exists: what an import does per row. */
    @PreAuthorize("hasRole('ADMIN')")
    public CatalogueEntrySummary save(@Valid CatalogueEntryDraft draft) {
        var existing = entries.findByLevelAndCode(draft.getLevel(), draft.getCode());
        return existing.isPresent() ? update(existing.get().id(), draft) : create(draft);
    }

    /** Takes the entry out of use without losing it: it disappears from pickers; centres' slots stay on record. */
    @PreAuthorize("hasRole('ADMIN')")
    public CatalogueEntrySummary archive(long id) {
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("catalogue_entry", id));
        entry.archive();
        return summaries(List.of(entry)).getFirst();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public CatalogueEntrySummary restore(long id) {
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("catalogue_entry", id));
        entry.restore();
        return summaries(List.of(entry)).getFirst();
    }

    /** Deletes an entry nobody uses; one with children or offered by a centre is refused (archive it instead). */
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        var entry = entries.findById(id).orElseThrow(() -> new NotFoundException("catalogue_entry", id));
        long children = entries.countByParentId(id);
        if (children > 0) {
            throw new DomainException("CATALOGUE_ENTRY_HAS_CHILDREN", entry.name().zh(), children, entry.code());
        }
        long offered = offerings.countByItemId(id);
        if (offered > 0) {
            throw new DomainException("CATALOGUE_ITEM_OFFERED", entry.name().zh(), offered, entry.code());
        }
        entries.delete(entry);
    }

    private Long parentFor(CatalogueEntryDraft draft) {
        var parentLevel = draft.getLevel().parentLevel();
        if (parentLevel == null) {
            return null;
        }
        if (draft.getParentCode().isEmpty()) {
            throw new DomainException("CATALOGUE_PARENT_REQUIRED");
        }
        return entries.findByLevelAndCode(parentLevel, draft.getParentCode())
                .orElseThrow(() -> new DomainException("CATALOGUE_PARENT_UNKNOWN", draft.getParentCode())).id();
    }

    private Long parentIdOf(CatalogueLevel level, String parentCode) {
        if (parentCode == null || parentCode.isBlank() || level.parentLevel() == null) {
            return null;
        }
        return entries.findByLevelAndCode(level.parentLevel(), upper(parentCode)).filter(this::visible)
                .map(CatalogueEntry::id).orElseThrow(() -> new NotFoundException("catalogue_entry", parentCode));
    }

    private boolean visible(CatalogueEntry entry) {
        return entry.active() || !activeOnly();
    }

    private boolean activeOnly() {
        return !currentUser.scope().isAdmin();
    }

    /** Summaries with their ancestors' names and codes and how many children each has, in few queries. */
    List<CatalogueEntrySummary> summaries(List<CatalogueEntry> found) {
        Map<Long, CatalogueEntry> known = new HashMap<>();
        found.forEach(e -> known.put(e.id(), e));
        for (int depth = 0; depth < 2; depth++) {
            var missing = known.values().stream().map(CatalogueEntry::parentId)
                    .filter(p -> p != null && !known.containsKey(p)).distinct().toList();
            entries.findAllById(missing).forEach(e -> known.put(e.id(), e));
        }
        Map<Long, Long> children = new HashMap<>();
        var ids = found.stream().map(CatalogueEntry::id).toList();
        if (!ids.isEmpty()) {
            entries.countChildren(ids).forEach(row -> children.put((Long) row[0], (Long) row[1]));
        }
        return found.stream().map(e -> {
            var path = new ArrayList<CatalogueName>();
            var parent = e.parentId() == null ? null : known.get(e.parentId());
            String parentCode = parent == null ? null : parent.code();
            while (parent != null) {
                path.addFirst(parent.name());
                parent = parent.parentId() == null ? null : known.get(parent.parentId());
            }
            return e.summary(parentCode, List.copyOf(path), children.getOrDefault(e.id(), 0L));
        }).toList();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private static String upper(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
