package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.servicecentre.ServiceCentreTest;
import org.servicecentre.security.SystemAuthentication;
import org.servicecentre.shared.DomainException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Rooms through the service layer: who may change which, what a room must hold, and its photo and door code. */
@ServiceCentreTest
class RoomServiceIntegrationTest {

    @Autowired
    RoomService rooms;

    @Autowired
    CentreService centres;

    @Autowired
    Rooms roomRepository;

    @Autowired
    Amenities amenityRepository;

    @Test
    @WithUserDetails("manager")
    void letsAManagerCreateARoomInTheirCentreButNotInAnother() {
        long own = centreId("GXQ");
        long other = centreId("TL");

        var created = rooms.create(own, draft(unique("R"), "活动室", 25));

        assertThat(created.centreCode()).isEqualTo("GXQ");
        assertThatThrownBy(() -> rooms.create(other, draft(unique("R"), "活动室", 25)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void refusesAManagerAnUpdateOfARoomInAnotherCentre() {
        var hall = SystemAuthentication.asSystem(() -> roomOf("TL", "HALL"));
        var draft = RoomDraft.of(hall);
        draft.setName("改名");

        assertThatThrownBy(() -> rooms.update(hall.id(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.archive(hall.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("officer")
    void letsAnOfficerReadRoomsButChangeNone() {
        var hall = roomOf("KJY", "HALL");

        assertThat(rooms.count(RoomFilter.all())).isGreaterThanOrEqualTo(10);
        assertThatThrownBy(() -> rooms.update(hall.id(), RoomDraft.of(hall))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.create(hall.centreId(), draft(unique("R"), "x", 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("ngo")
    void letsNgoStaffReadRoomsButChangeNone() {
        var hall = roomOf("GXQ", "HALL");

        assertThat(hall.amenityCodes()).contains("PROJECTOR", "SOUND", "STEP_FREE");
        assertThatThrownBy(() -> rooms.archive(hall.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rooms.doorCode(hall.id(), 300)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void showsAManagerOnlyTheRoomsOfTheirCentres() {
        var listed = rooms.list(RoomFilter.all(), 0, 200);

        assertThat(listed).extracting(RoomSummary::centreCode).containsOnly("KJY", "GXQ");
    }

    @Test
    @WithUserDetails("admin")
    void filtersByCapacityAndByAllTheAmenitiesAsked() {
        var filter = new RoomFilter("", null, Set.of(), 50, Set.of("PROJECTOR", "STEP_FREE"), false);

        var found = rooms.list(filter, 0, 100);

        assertThat(found).isNotEmpty().allSatisfy(r -> {
            assertThat(r.capacity()).isGreaterThanOrEqualTo(50);
            assertThat(r.amenityCodes()).contains("PROJECTOR", "STEP_FREE");
        });
        assertThat(found).extracting(RoomSummary::centreCode).contains("KJY", "GXQ", "TL");
        assertThat(rooms.count(filter)).isEqualTo(found.size());
        assertThat(rooms.count(new RoomFilter("", null, Set.of(), null, Set.of("NO_SUCH"), false))).isZero();
        assertThat(rooms.list(new RoomFilter("", null, Set.of(centreId("NTC")), null, Set.of("PIANO"), false), 0, 10))
                .extracting(RoomSummary::name).containsExactly("舞蹈室");
    }

    @Test
    @WithUserDetails("admin")
    void refusesADuplicateCodeWithinACentreButAllowsItInAnother() {
        assertThatThrownBy(() -> rooms.create(centreId("KJY"), draft("hall", "又一个大厅", 10)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("DUPLICATE_CODE"));
        String code = unique("D");
        rooms.create(centreId("KJY"), draft(code, "甲", 10));

        assertThat(rooms.create(centreId("TL"), draft(code, "乙", 10)).code()).isEqualTo(code);
    }

    @Test
    @WithUserDetails("admin")
    void refusesARoomWithoutNameOrWithAnImpossibleCapacity() {
        assertThatThrownBy(() -> rooms.create(centreId("KJY"), draft(unique("V"), "", 10)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> rooms.create(centreId("KJY"), draft(unique("V"), "大厅", 2001)))
                .isInstanceOf(ConstraintViolationException.class);
        var buffers = draft(unique("V"), "大厅", 10);
        buffers.setSetupMinutes(300);
        assertThatThrownBy(() -> rooms.create(centreId("KJY"), buffers)).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    @WithUserDetails("admin")
    void archivesARoomSoItLeavesTheListAndRestoresIt() {
        String code = unique("A");
        var room = rooms.create(centreId("NTC"), draft(code, "临时活动室", 10));
        var filter = new RoomFilter(code, null, Set.of(), null, Set.of(), false);

        rooms.archive(room.id());

        assertThat(rooms.count(filter)).isZero();
        assertThat(rooms.count(new RoomFilter(code, null, Set.of(), null, Set.of(), true))).isOne();
        assertThat(rooms.get(room.id()).active()).isFalse();
        rooms.restore(room.id());
        assertThat(rooms.count(filter)).isOne();
    }

    @Test
    @WithUserDetails("admin")
    void keepsAPngPhotoAndRefusesOtherFilesAndLargeOnes() {
        var room = rooms.create(centreId("TL"), draft(unique("P"), "有照片的活动室", 10));
        byte[] png = QrCodes.png("photo", 100);

        assertThat(rooms.setPhoto(room.id(), png).hasPhoto()).isTrue();
        assertThat(rooms.photo(room.id())).hasValueSatisfying(p -> assertThat(p.contentType()).isEqualTo("image/png"));
        assertThatThrownBy(() -> rooms.setPhoto(room.id(), "GIF89a....".getBytes()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PHOTO_TYPE"));
        byte[] huge = new byte[RoomService.MAX_PHOTO_BYTES + 1];
        System.arraycopy(png, 0, huge, 0, png.length);
        assertThatThrownBy(() -> rooms.setPhoto(room.id(), huge))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PHOTO_TOO_LARGE"));
        assertThat(rooms.removePhoto(room.id()).hasPhoto()).isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void rendersADoorCodeThatDecodesToTheTokenAndStopsWorkingWhenRenewed() throws Exception {
        var room = rooms.create(centreId("TL"), draft(unique("Q"), "会客室", 6));
        String token = roomRepository.findById(room.id()).orElseThrow().doorToken();

        var image = ImageIO.read(new ByteArrayInputStream(rooms.doorCode(room.id(), 400)));
        var decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();

        assertThat(decoded).isEqualTo(token).startsWith("R1.");
        assertThat(rooms.findByDoorToken(token).id()).isEqualTo(room.id());
        rooms.renewDoorCode(room.id());
        assertThatThrownBy(() -> rooms.findByDoorToken(token)).isInstanceOf(DomainException.class);
    }

    @Test
    @WithUserDetails("officer")
    void showsArchivedRoomsOnlyToThoseWhoMayRestoreThem() {
        String code = unique("H");
        SystemAuthentication.asSystem(() -> rooms.archive(rooms.create(centreId("NTC"), draft(code, "归档的活动室", 10)).id()));

        assertThat(rooms.count(new RoomFilter(code, null, Set.of(), null, Set.of(), true))).isZero();
        assertThat(SystemAuthentication.asSystem(() -> rooms.count(new RoomFilter(code, null, Set.of(), null, Set.of(),
                true)))).isOne();
    }

    @Test
    @WithUserDetails("admin")
    void refusesToAddASwitchedOffAmenityButLetsARoomKeepOne() {
        var amenity = new Amenity(unique("OFF"));
        amenity.describe("旧幻灯机", "Old slide viewer", 99, true);
        long id = amenityRepository.saveAndFlush(amenity).id();
        var room = rooms.create(centreId("TL"), withAmenity(draft(unique("K"), "有旧设备的活动室", 10), id));
        amenity = amenityRepository.findById(id).orElseThrow();
        amenity.describe("旧幻灯机", "Old slide viewer", 99, false);
        amenityRepository.saveAndFlush(amenity);

        var kept = RoomDraft.of(rooms.get(room.id()));
        kept.setName("改名后仍保留旧设备");
        assertThat(rooms.update(room.id(), kept).name()).isEqualTo("改名后仍保留旧设备");
        assertThatThrownBy(() -> rooms.create(centreId("TL"), withAmenity(draft(unique("K"), "新活动室", 10), id)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "AMENITY_INACTIVE");
    }

    private static RoomDraft withAmenity(RoomDraft draft, long amenityId) {
        draft.setAmenityIds(Set.of(amenityId));
        return draft;
    }

    private RoomSummary roomOf(String centre, String code) {
        return rooms.list(new RoomFilter(code, centreId(centre), Set.of(), null, Set.of(), true), 0, 10).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private long centreId(String code) {
        return SystemAuthentication.asSystem(() -> centres.getByCode(code).id());
    }

    static RoomDraft draft(String code, String name, int capacity) {
        var draft = new RoomDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setCapacity(capacity);
        return draft;
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
