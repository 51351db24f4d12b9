package org.servicecentre.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The one photo of a room, kept apart from the room so that listing rooms never loads pictures. */
@Entity
@Table(name = "room_photo")
class RoomPhoto {

    @Id
    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    // bytea on PostgreSQL, binary varying on H2: plain bytes, not a large object
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false)
    private byte[] content;

    protected RoomPhoto() {
    }

    RoomPhoto(long roomId) {
        this.roomId = roomId;
    }

    void replace(String type, byte[] bytes) {
        this.contentType = type;
        this.content = bytes.clone();
    }

    PhotoContent content() {
        return new PhotoContent(contentType, content.clone());
    }
}
