package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** One entry of the admin-managed list of things a room may have (projector, kitchen, step-free access …). */
@Entity
@Table(name = "amenity")
class Amenity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 60)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 60)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Amenity() {
    }

    Amenity(String code) {
        this.code = code;
    }

    void describe(String chinese, String english, int order, boolean isActive) {
        this.nameZh = chinese;
        this.nameEn = english;
        this.sortOrder = order;
        this.active = isActive;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    String nameZh() {
        return nameZh;
    }

    String nameEn() {
        return nameEn;
    }

    int sortOrder() {
        return sortOrder;
    }

    boolean active() {
        return active;
    }

    AmenitySummary summary() {
        return new AmenitySummary(id, code, nameZh, nameEn, sortOrder, active);
    }
}
