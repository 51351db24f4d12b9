package org.servicecentre.centre.web;

import static org.servicecentre.shared.web.ListPage.DEFAULT_LIMIT;
import static org.servicecentre.shared.web.ListPage.MAX_LIMIT;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.servicecentre.centre.AllianceService;
import org.servicecentre.centre.RoomFilter;
import org.servicecentre.centre.RoomService;
import org.servicecentre.shared.DomainException;
import org.servicecentre.shared.web.ListPage;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Rooms over the API, within the caller's scope; admins and a centre's managers create and edit its rooms. */
@RestController
@RequestMapping("/api/v1/rooms")
@Tag(name = "Rooms", description = "Rooms of the centres, their amenities and door codes")
class RoomController {

    private final RoomService rooms;
    private final AllianceService alliances;

    RoomController(RoomService rooms, AllianceService alliances) {
        this.rooms = rooms;
        this.alliances = alliances;
    }

    @GetMapping
    @Operation(summary = "List the active rooms the caller may see, filtered by centre, alliance, capacity, amenities "
            + "and text")
    ListPage<RoomResponse> list(
            @RequestParam(required = false) @Parameter(description = "Centre id") Long centre,
            @RequestParam(required = false) @Parameter(description = "Alliance id: rooms in its member centres")
            Long alliance,
            @RequestParam(required = false) @Min(1) @Parameter(description = "Minimum capacity") Integer capacity,
            @RequestParam(required = false) @Parameter(description = "Amenity code the room must have; repeat for more")
            List<String> amenity,
            @RequestParam(required = false) @Size(max = 100) @Parameter(description = "Text in the name or code") String q,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = DEFAULT_LIMIT) @Min(1) @Max(MAX_LIMIT) int limit) {
        var filter = new RoomFilter(q, centre, alliance == null ? Set.of() : membersOf(alliance), capacity, amenity == null ? Set.of() : Set.copyOf(amenity),
                false);
        var items = rooms.list(filter, offset, limit).stream().map(RoomResponse::of).toList();
        return new ListPage<>(items, rooms.count(filter), offset, limit);
    }

    /** An alliance without members must match no room, not every room (an empty set means "no narrowing"). */
    private Set<Long> membersOf(long alliance) {
        var members = alliances.memberCentreIds(alliance);
        return members.isEmpty() ? Set.of(-1L) : members;
    }

    @GetMapping("/{id}")
    @Operation(summary = "One room (archived ones too)")
    @ApiResponse(responseCode = "404", description = "No such room (NOT_FOUND)")
    RoomResponse get(@PathVariable long id) {
        return RoomResponse.of(rooms.get(id));
    }

    @PostMapping
    @Operation(summary = "Create a room (admins, and managers in their own centres)")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new room")
    @ApiResponse(responseCode = "404", description = "No such centre (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The code is taken in this centre (DUPLICATE_CODE)")
    @ApiResponse(responseCode = "422", description = "No centre given (ROOM_CENTRE_REQUIRED) or an unknown amenity (AMENITY_UNKNOWN)")
    ResponseEntity<RoomResponse> create(@Valid @RequestBody RoomRequest body) {
        if (body.centreId() == null) {
            throw new DomainException("ROOM_CENTRE_REQUIRED");
        }
        var created = rooms.create(body.centreId(), body.toDraft());
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(created.id());
        return ResponseEntity.created(location.toUri()).body(RoomResponse.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a room (admins and the centre's managers); the centre cannot change")
    @ApiResponse(responseCode = "404", description = "No such room (NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "The code is taken in this centre (DUPLICATE_CODE)")
    @ApiResponse(responseCode = "422", description = "An unknown amenity (AMENITY_UNKNOWN)")
    RoomResponse update(@PathVariable long id, @Valid @RequestBody RoomRequest body) {
        return RoomResponse.of(rooms.update(id, body.toDraft()));
    }

    @GetMapping(value = "/{id}/door-code.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The room's door QR code as a PNG (admins and the centre's managers)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE))
    @ApiResponse(responseCode = "404", description = "No such room (NOT_FOUND)")
    ResponseEntity<byte[]> doorCode(@PathVariable long id,
                                    @RequestParam(defaultValue = "600") @Min(120) @Max(2000)
                                    @Parameter(description = "Width and height in pixels") int size) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(rooms.doorCode(id, size));
    }
}
