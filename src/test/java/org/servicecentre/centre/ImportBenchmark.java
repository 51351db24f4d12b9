package org.servicecentre.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicecentre.security.SystemAuthentication.asSystem;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.servicecentre.EmbeddedPostgresServer;
import org.servicecentre.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import benchmark of issue 3, run by {@code bench/import} and never by {@code ./mvnw verify} (the name does
 * not end in Test): a city of 1,000 shequ centres (with their 1,111 regions) and 10,000 rooms, imported from CSV on
 * PostgreSQL through {@link ImportService} (preview, then commit), beside a plain JDBC batch insert of the same rows
 * into an empty schema on the same server. Target: the import under 30 s.
 */
@PostgresTest
class ImportBenchmark {

    static final double TARGET_SECONDS = 30;
    static final int DISTRICTS = 10;
    static final int STREETS_PER_DISTRICT = 10;
    static final int SHEQUS_PER_STREET = 10;
    static final int ROOMS_PER_CENTRE = 10;
    static final List<String> AMENITIES = List.of("BENCH_PROJECTOR", "BENCH_KITCHEN", "BENCH_STEP_FREE",
            "BENCH_PIANO", "BENCH_COMPUTERS");

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsACityOfAThousandCentresWithTenThousandRooms() throws Exception {
        for (int i = 0; i < AMENITIES.size(); i++) {
            jdbc.update("insert into amenity (code, name_zh, name_en, sort_order) values (?, ?, ?, ?)",
                    AMENITIES.get(i), "基准设施" + i, "Bench amenity " + i, 100 + i);
        }
        var city = new City();
        byte[] regions = csv(ImportFiles.REGIONS, city.regions);
        byte[] centres = csv(ImportFiles.CENTRES, city.centres);
        byte[] rooms = csv(ImportFiles.ROOMS, city.rooms);
        System.out.printf(Locale.ROOT, "%nCSV: %d regions, %d centres, %d rooms (%.1f MB)%n", city.regions.size(),
                city.centres.size(), city.rooms.size(), (regions.length + centres.length + rooms.length) / 1e6);

        var timings = new ArrayList<String>();
        double importer = 0;
        for (var file : List.of(new Object[] {"regions", regions}, new Object[] {"centres", centres},
                new Object[] {"rooms", rooms})) {
            String kind = (String) file[0];
            byte[] bytes = (byte[]) file[1];
            double preview = time(() -> check(asSystem(() -> imports.preview(kind, bytes)), false));
            double commit = time(() -> check(asSystem(() -> imports.commit(kind, bytes)), true));
            importer += preview + commit;
            timings.add(String.format(Locale.ROOT, "  %-8s preview %6.2f s, commit %6.2f s", kind, preview, commit));
        }
        double again = time(() -> {
            for (var bytes : List.of(regions, centres, rooms)) {
                var second = asSystem(() -> imports.commit(kindOf(bytes, regions, centres), bytes));
                assertThat(second.count(ImportAction.UNCHANGED)).isEqualTo(second.rows().size());
            }
            return null;
        });
        String baselineUrl = emptySchema();
        double baseline = time(() -> {
            plainInsert(city, baselineUrl);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from room r join centre c on c.id = r.centre_id "
                + "where c.code like 'BC-%'", Long.class)).isEqualTo(city.rooms.size());

        System.out.println();
        System.out.println("Import benchmark on PostgreSQL " + jdbc.queryForObject("show server_version", String.class));
        timings.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "importer (preview + commit, 3 files):   %6.2f s%n", importer);
        System.out.printf(Locale.ROOT, "plain JDBC batch insert, empty schema:  %6.2f s%n", baseline);
        System.out.printf(Locale.ROOT, "ratio importer / plain JDBC:            %6.1f%n", importer / baseline);
        System.out.printf(Locale.ROOT, "same files again (all unchanged):       %6.2f s%n", again);
        System.out.printf(Locale.ROOT, "target: importer under %.0f s -> %s%n%n", TARGET_SECONDS,
                importer < TARGET_SECONDS ? "MET" : "MISSED");
        assertThat(importer).isLessThan(TARGET_SECONDS);
    }

    private static String kindOf(byte[] bytes, byte[] regions, byte[] centres) {
        return bytes == regions ? "regions" : bytes == centres ? "centres" : "rooms";
    }

    private static Object check(ImportPreview preview, boolean committed) {
        assertThat(preview.problems()).as("problems of %s", preview.kind()).isEmpty();
        assertThat(preview.committed()).isEqualTo(committed);
        return preview;
    }

    /** A second database on the same server, migrated by Flyway and empty; not timed. */
    private static String emptySchema() {
        String url = EmbeddedPostgresServer.jdbcUrl("bench_baseline");
        Flyway.configure().dataSource(url, EmbeddedPostgresServer.USER, "")
                .locations("classpath:db/common", "classpath:db/postgresql").load().migrate();
        return url;
    }

    /** The same rows with PreparedStatement batches of 1,000, ids chosen up front, in one transaction. */
    private static void plainInsert(City city, String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgresServer.USER, "")) {
            connection.setAutoCommit(false);
            var regionIds = new java.util.HashMap<String, Long>();
            var paths = new java.util.HashMap<String, String>();
            try (var insert = connection.prepareStatement(
                    "insert into region (id, code, name, level, parent_id, path) values (?, ?, ?, ?, ?, ?)")) {
                long id = 0;
                for (var row : city.regions) {
                    regionIds.put(row.get(0), ++id);
                    String path = (row.get(3).isEmpty() ? "/" : paths.get(row.get(3))) + id + "/";
                    paths.put(row.get(0), path);
                    insert.setLong(1, id);
                    insert.setString(2, row.get(0));
                    insert.setString(3, row.get(1));
                    insert.setString(4, row.get(2));
                    insert.setObject(5, row.get(3).isEmpty() ? null : regionIds.get(row.get(3)));
                    insert.setString(6, path);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            var centreIds = new java.util.HashMap<String, Long>();
            try (var insert = connection.prepareStatement("insert into centre (id, code, name, level, region_id, "
                    + "address, phone, time_zone, active) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                long id = 0;
                for (var row : city.centres) {
                    centreIds.put(row.get(0), ++id);
                    insert.setLong(1, id);
                    insert.setString(2, row.get(0));
                    insert.setString(3, row.get(1));
                    insert.setString(4, row.get(2));
                    insert.setLong(5, regionIds.get(row.get(3)));
                    insert.setString(6, row.get(4));
                    insert.setString(7, row.get(5));
                    insert.setString(8, row.get(6));
                    insert.setBoolean(9, Boolean.parseBoolean(row.get(7)));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            var amenityIds = new java.util.HashMap<String, Long>();
            try (var insert = connection.prepareStatement("insert into amenity (id, code, name_zh, name_en) values (?, ?, ?, ?)")) {
                for (int i = 0; i < AMENITIES.size(); i++) {
                    amenityIds.put(AMENITIES.get(i), i + 1L);
                    insert.setLong(1, i + 1L);
                    insert.setString(2, AMENITIES.get(i));
                    insert.setString(3, "基准设施" + i);
                    insert.setString(4, "Bench amenity " + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (var insert = connection.prepareStatement("insert into room (id, centre_id, code, name, capacity, "
                    + "area_m2, floor, needs_approval, setup_minutes, cleanup_minutes, bookable, active, door_token, "
                    + "description) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 var link = connection.prepareStatement("insert into room_amenity (room_id, amenity_id) values (?, ?)")) {
                long id = 0;
                for (var row : city.rooms) {
                    insert.setLong(1, ++id);
                    insert.setLong(2, centreIds.get(row.get(0)));
                    insert.setString(3, row.get(1));
                    insert.setString(4, row.get(2));
                    insert.setInt(5, Integer.parseInt(row.get(3)));
                    insert.setBigDecimal(6, new java.math.BigDecimal(row.get(4)));
                    insert.setString(7, row.get(5));
                    insert.setBoolean(8, Boolean.parseBoolean(row.get(6)));
                    insert.setInt(9, Integer.parseInt(row.get(7)));
                    insert.setInt(10, Integer.parseInt(row.get(8)));
                    insert.setBoolean(11, Boolean.parseBoolean(row.get(9)));
                    insert.setBoolean(12, Boolean.parseBoolean(row.get(10)));
                    insert.setString(13, Room.newDoorToken());
                    insert.setString(14, row.get(12));
                    insert.addBatch();
                    for (var amenity : row.get(11).isEmpty() ? new String[0] : row.get(11).split(";")) {
                        link.setLong(1, id);
                        link.setLong(2, amenityIds.get(amenity));
                        link.addBatch();
                    }
                    if (id % 1000 == 0) {
                        insert.executeBatch();
                        link.executeBatch();
                    }
                }
                insert.executeBatch();
                link.executeBatch();
            }
            connection.commit();
        }
    }

    private static byte[] csv(String header, List<List<String>> rows) {
        var text = new StringBuilder(header).append("\r\n");
        for (var row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String value = row.get(i);
                text.append(i == 0 ? "" : ",").append(value.contains(",") ? "\"" + value + "\"" : value);
            }
            text.append("\r\n");
        }
        return ImportFiles.withBom(text.toString());
    }

    private static double time(ThrowingSupplier work) throws Exception {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Exception;
    }

    /** One city, ten districts, a hundred streets, a thousand shequs, each with a centre of ten rooms. */
    static final class City {

        final List<List<String>> regions = new ArrayList<>();
        final List<List<String>> centres = new ArrayList<>();
        final List<List<String>> rooms = new ArrayList<>();

        City() {
            String[] roomNames = {"多功能活动室", "党员活动室", "会议室", "书画室", "舞蹈室", "阅览室", "儿童之家",
                    "长者饭堂", "电脑室", "议事厅"};
            regions.add(List.of("BC", "基准市", "CITY", ""));
            for (int d = 1; d <= DISTRICTS; d++) {
                String district = "BC-" + d;
                regions.add(List.of(district, "基准市第" + d + "区", "DISTRICT", "BC"));
                for (int s = 1; s <= STREETS_PER_DISTRICT; s++) {
                    String street = district + "-" + s;
                    regions.add(List.of(street, "第" + d + "区第" + s + "街道", "STREET", district));
                    for (int q = 1; q <= SHEQUS_PER_STREET; q++) {
                        String shequ = street + "-" + q;
                        regions.add(List.of(shequ, "第" + d + "区" + s + "街" + q + "社区", "SHEQU", street));
                        centres.add(List.of(shequ, "第" + d + "区" + s + "街" + q + "社区党群服务中心", "SHEQU", shequ,
                                "基准市第" + d + "区幸福路" + (s * 100 + q) + "号", "0755-" + (26000000 + s * 100 + q),
                                "Asia/Shanghai", "true"));
                        for (int r = 0; r < ROOMS_PER_CENTRE; r++) {
                            var amenities = new ArrayList<String>();
                            for (int a = 0; a < AMENITIES.size(); a++) {
                                if ((r + a + q) % 3 == 0) {
                                    amenities.add(AMENITIES.get(a));
                                }
                            }
                            rooms.add(List.of(shequ, "R" + (101 + r), roomNames[r], String.valueOf(8 + r * 12),
                                    (20 + r * 7) + ".5", String.valueOf(1 + r / 4), String.valueOf(r % 4 == 0),
                                    String.valueOf(r % 3 * 15), "15", "true", "true", String.join(";", amenities),
                                    "第" + (1 + r / 4) + "层，" + roomNames[r]));
                        }
                    }
                }
            }
        }
    }
}
