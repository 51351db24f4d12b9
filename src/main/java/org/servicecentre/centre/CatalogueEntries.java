package org.servicecentre.centre;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatalogueEntries extends JpaRepository<CatalogueEntry, Long> {

    Optional<CatalogueEntry> findByLevelAndCode(CatalogueLevel level, String code);

    /** Whether an entry's own code or names contain the (lower-case) text; one constant per query alias. */
    String HITS_E = "(lower(e.code) like concat('%', :text, '%') or lower(e.nameZh) like concat('%', :text, '%')"
            + " or lower(coalesce(e.nameEn, '')) like concat('%', :text, '%'))";
    String HITS_C = "(lower(c.code) like concat('%', :text, '%') or lower(c.nameZh) like concat('%', :text, '%')"
            + " or lower(coalesce(c.nameEn, '')) like concat('%', :text, '%'))";
    String HITS_I = "(lower(i.code) like concat('%', :text, '%') or lower(i.nameZh) like concat('%', :text, '%')"
            + " or lower(coalesce(i.nameEn, '')) like concat('%', :text, '%'))";
    String HITS_P = "(lower(p.code) like concat('%', :text, '%') or lower(p.nameZh) like concat('%', :text, '%')"
            + " or lower(coalesce(p.nameEn, '')) like concat('%', :text, '%'))";
    String HITS_G = "(lower(g.code) like concat('%', :text, '%') or lower(g.nameZh) like concat('%', :text, '%')"
            + " or lower(coalesce(g.nameEn, '')) like concat('%', :text, '%'))";

    /**
     * The children of one parent (sectors when the parent is null) that belong in a tree filtered by text: those
     * that match, those with a matching descendant, and those under a matching ancestor.
     */
    String IN_TREE = """
            from CatalogueEntry e
            where ((:parentId is null and e.parentId is null) or e.parentId = :parentId)
              and (:activeOnly = false or e.active = true)
              and (:text = '' or """ + HITS_E + """
                   or exists (select c from CatalogueEntry c where c.parentId = e.id and (""" + HITS_C + """
                        or exists (select i from CatalogueEntry i where i.parentId = c.id and """ + HITS_I + """
            )))
                   or exists (select p from CatalogueEntry p where p.id = e.parentId and (""" + HITS_P + """
                        or exists (select g from CatalogueEntry g where g.id = p.parentId and """ + HITS_G + """
            ))))
            """;

    @Query("select e " + IN_TREE + " order by e.sortOrder, e.code")
    List<CatalogueEntry> tree(Long parentId, String text, boolean activeOnly, Pageable page);

    @Query("select count(e) " + IN_TREE)
    long countTree(Long parentId, String text, boolean activeOnly);

    /** One level, flat, optionally under one parent, filtered by the entry's own code and names. */
    String IN_LEVEL = """
            from CatalogueEntry e
            where e.level = :level
              and (:parentId is null or e.parentId = :parentId)
              and (:activeOnly = false or (e.active = true and not exists (select p from CatalogueEntry p
                   where (p.id = e.parentId or p.id = (select q.parentId from CatalogueEntry q where q.id = e.parentId))
                     and p.active = false)))
              and (:text = '' or """ + HITS_E + """
            )
            """;

    @Query("select e " + IN_LEVEL + " order by e.sortOrder, e.code")
    List<CatalogueEntry> level(CatalogueLevel level, Long parentId, String text, boolean activeOnly, Pageable page);

    @Query("select count(e) " + IN_LEVEL)
    long countLevel(CatalogueLevel level, Long parentId, String text, boolean activeOnly);

    @Query("select e.parentId, count(e) from CatalogueEntry e where e.parentId in :parentIds group by e.parentId")
    List<Object[]> countChildren(Collection<Long> parentIds);

    long countByParentId(long parentId);
}
