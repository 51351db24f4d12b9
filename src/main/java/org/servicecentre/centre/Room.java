package org.servicecentre.centre;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A bookable space in a centre. Its door QR code carries {@link #doorToken()}, which names the room and nobody. */
@Entity
@Table(name = "room")
class Room {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "area_m2", precision = 8, scale = 1)
    private BigDecimal areaSquareMetres;

    @Column(length = 16)
    private String floor;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Column(name = "setup_minutes", nullable = false)
    private int setupMinutes;

    @Column(name = "cleanup_minutes", nullable = false)
    private int cleanupMinutes;

    @Column(nullable = false)
    private boolean bookable = true;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "door_token", nullable = false, length = 64)
    private String doorToken = newDoorToken();

    @Column(length = 500)
    private String description;

    @ElementCollection
    @BatchSize(size = 100) // a page of rooms or alliances loads its sets in one query, not one per row
    @CollectionTable(name = "room_amenity", joinColumns = @JoinColumn(name = "room_id"))
    @Column(name = "amenity_id")
    private Set<Long> amenityIds = new HashSet<>();

    @Version
    private long version;

    protected Room() {
    }

    Room(long centreId, String code) {
        this.centreId = centreId;
        this.code = code;
    }

    /** A new door token makes every printed door code of this room stop working. */
    void renewDoorToken() {
        this.doorToken = newDoorToken();
    }

    static String newDoorToken() {
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return "R1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int capacity() {
        return capacity;
    }

    BigDecimal areaSquareMetres() {
        return areaSquareMetres;
    }

    String floor() {
        return floor;
    }

    boolean needsApproval() {
        return needsApproval;
    }

    int setupMinutes() {
        return setupMinutes;
    }

    int cleanupMinutes() {
        return cleanupMinutes;
    }

    boolean bookable() {
        return bookable;
    }

    boolean active() {
        return active;
    }

    String doorToken() {
        return doorToken;
    }

    String description() {
        return description;
    }

    Set<Long> amenityIds() {
        return amenityIds;
    }

    void describe(String newName, int newCapacity, BigDecimal area, String newFloor, String newDescription) {
        this.name = newName;
        this.capacity = newCapacity;
        this.areaSquareMetres = area;
        this.floor = newFloor;
        this.description = newDescription;
    }

    void setRules(boolean approval, int setup, int cleanup, boolean isBookable) {
        this.needsApproval = approval;
        this.setupMinutes = setup;
        this.cleanupMinutes = cleanup;
        this.bookable = isBookable;
    }

    void setActive(boolean isActive) {
        this.active = isActive;
    }

    /** A room may be renumbered; the caller checks the new code is free in the centre. */
    void recode(String newCode) {
        this.code = newCode;
    }

    void setAmenities(Set<Long> ids) {
        amenityIds.clear();
        amenityIds.addAll(ids);
    }
}
