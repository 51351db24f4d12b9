package org.servicecentre.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.servicecentre.centre.CatalogueEntryDraft;
import org.servicecentre.centre.CatalogueLevel;
import org.servicecentre.centre.CatalogueService;
import org.servicecentre.centre.CentreOfferService;
import org.servicecentre.centre.CentreService;
import org.servicecentre.centre.OfferingDraft;
import org.servicecentre.organisation.OrganisationService;
import org.servicecentre.organisation.OrganisationSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seeds a small service catalogue and what the four demo centres offer from it, week by week. */
@Component
@Order(40)
class DemoCatalogue implements DemoLayer {

    private static final List<DayOfWeek> WEEKDAYS = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);

    private final CatalogueService catalogue;
    /** Categories and items keep the order they are listed in here. */
    private int order;
    private final CentreOfferService offers;
    private final CentreService centres;
    private final OrganisationService organisations;

    DemoCatalogue(CatalogueService catalogue, CentreOfferService offers, CentreService centres,
                  OrganisationService organisations) {
        this.catalogue = catalogue;
        this.offers = offers;
        this.centres = centres;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void seed() {
        sector("PARTY", "党建服务", "Party building", 10);
        category("PARTY-LIFE", "PARTY", "组织生活", "Organisational life");
        item("PARTY-MEETING", "PARTY-LIFE", "党员组织生活会", "Party organisational-life meeting",
                "支部党员集中学习、民主评议，欢迎在职党员参加。");
        item("PARTY-LECTURE", "PARTY-LIFE", "党课学习", "Party lecture", "每月主题党课，由支部书记或特邀讲师主讲。");
        category("PARTY-REPORT", "PARTY", "在职党员到社区报到", "Party members reporting to the community");
        item("VOLUNTEER-REPORT", "PARTY-REPORT", "志愿服务报到", "Volunteer report-in",
                "在职党员和志愿者到社区报到，认领服务岗位。");

        sector("LEGAL", "法律服务", "Legal services", 20);
        category("LEGAL-AID", "LEGAL", "法律援助", "Legal aid");
        item("LEGAL-CLINIC", "LEGAL-AID", "法律咨询", "Legal advice", "律师现场解答婚姻家庭、租房、债务等法律问题，免费。");
        item("MEDIATION", "LEGAL-AID", "人民调解", "Mediation", "邻里、物业和家庭纠纷的调解。");
        category("LEGAL-EDU", "LEGAL", "普法宣传", "Legal education");
        item("LAW-LECTURE", "LEGAL-EDU", "普法讲座", "Law lecture", "防范电信诈骗、民法典等专题讲座。");

        sector("ELDERLY", "养老服务", "Elderly care", 30);
        category("ELDERLY-CARE", "ELDERLY", "长者照料", "Care for older people");
        item("DAY-CARE", "ELDERLY-CARE", "长者日间照料", "Elderly day care", "日间托老、午休和康乐活动，需提前登记。");
        item("MEAL-AID", "ELDERLY-CARE", "长者助餐", "Meals for older people", "六十岁以上长者优惠午餐。");
        category("HEALTH", "ELDERLY", "健康服务", "Health");
        item("FREE-CLINIC", "HEALTH", "健康义诊", "Free health check", "社康医生义诊、用药咨询。");
        item("BLOOD-PRESSURE", "HEALTH", "血压血糖测量", "Blood pressure and sugar check", "免费测量并建立健康档案。");

        sector("YOUTH", "青少年服务", "Children and youth", 40);
        category("AFTER-SCHOOL", "YOUTH", "课后托管", "After-school care");
        item("HOMEWORK-CLUB", "AFTER-SCHOOL", "四点半课堂", "After-school homework club",
                "放学后作业辅导和阅读陪伴，面向小学生。");
        category("YOUTH-GROWTH", "YOUTH", "成长辅导", "Growing up");
        item("YOUTH-COUNSEL", "YOUTH-GROWTH", "青少年心理咨询", "Counselling for young people", "社工一对一倾听和辅导。");

        sector("LABOUR", "就业与劳动保障", "Jobs and labour rights", 50);
        category("LABOUR-RIGHTS", "LABOUR", "劳动权益", "Labour rights");
        item("LABOUR-CLINIC", "LABOUR-RIGHTS", "劳动权益咨询", "Labour-rights advice",
                "工资拖欠、工伤、劳动合同等问题咨询，面向外来务工人员。");
        category("EMPLOYMENT", "LABOUR", "就业服务", "Employment");
        item("JOB-FAIR", "EMPLOYMENT", "社区招聘会", "Community job fair", "辖区企业现场招聘。");
        item("SKILLS", "EMPLOYMENT", "职业技能培训", "Vocational training", "电商、育婴、家政等技能培训。");

        sector("CULTURE", "文体服务", "Culture and sports", 60);
        category("ARTS", "CULTURE", "文艺培训", "Arts classes");
        item("CALLIGRAPHY", "ARTS", "书法班", "Calligraphy class", "毛笔书法入门与提高，自备笔墨。");
        item("CHOIR", "ARTS", "合唱团排练", "Choir rehearsal", "社区合唱团每周排练。");
        category("SPORTS", "CULTURE", "全民健身", "Fitness for all");
        item("TAICHI", "SPORTS", "太极拳", "Tai chi", "晨练太极拳，零基础可参加。");

        offer("KJY", "LEGAL-CLINIC", "QIHANG", List.of(TUESDAY), "14:00", "17:00", "请提前电话预约");
        offer("KJY", "LABOUR-CLINIC", "QIHANG", List.of(THURSDAY), "19:00", "21:00", "");
        offer("KJY", "HOMEWORK-CLUB", "YH-VOL", WEEKDAYS, "16:30", "18:00", "");
        offer("KJY", "PARTY-MEETING", "KJY-PB", List.of(WEDNESDAY), "19:30", "21:00", "每月第一个周三为主题党日");
        offer("KJY", "FREE-CLINIC", "YH-VOL", List.of(SATURDAY), "09:00", "11:30", "");
        offer("GXQ", "HOMEWORK-CLUB", "QIHANG", WEEKDAYS, "16:30", "18:00", "");
        offer("GXQ", "JOB-FAIR", "QIHANG", List.of(SATURDAY), "09:30", "12:00", "");
        offer("GXQ", "VOLUNTEER-REPORT", "YH-VOL", List.of(SATURDAY), "09:00", "11:00", "");
        offer("GXQ", "CALLIGRAPHY", "YH-VOL", List.of(SUNDAY), "14:30", "16:30", "");
        offer("NTC", "DAY-CARE", "QIHANG", WEEKDAYS, "08:30", "17:30", "");
        offer("NTC", "BLOOD-PRESSURE", "YH-VOL", List.of(WEDNESDAY), "09:00", "11:00", "");
        offer("NTC", "CALLIGRAPHY", "YH-VOL", List.of(THURSDAY), "14:30", "16:30", "");
        offer("NTC", "MEDIATION", "QIHANG", List.of(FRIDAY), "14:00", "17:00", "");
        offer("TL", "DAY-CARE", "QIHANG", WEEKDAYS, "09:00", "17:00", "");
        offer("TL", "MEAL-AID", "YH-VOL", WEEKDAYS, "11:30", "12:30", "凭长者卡就餐");
        offer("TL", "TAICHI", "YH-VOL", List.of(TUESDAY, THURSDAY), "07:30", "08:30", "");
        offer("TL", "LEGAL-CLINIC", "QIHANG", List.of(THURSDAY), "14:00", "17:00", "请提前电话预约");
    }

    private void sector(String code, String chinese, String english, int order) {
        var draft = new CatalogueEntryDraft(CatalogueLevel.SECTOR, code, null, chinese, english);
        draft.setSortOrder(order);
        catalogue.save(draft);
    }

    private void category(String code, String sector, String chinese, String english) {
        var draft = new CatalogueEntryDraft(CatalogueLevel.CATEGORY, code, sector, chinese, english);
        draft.setSortOrder(order += 10);
        catalogue.save(draft);
    }

    private void item(String code, String category, String chinese, String english, String description) {
        var draft = new CatalogueEntryDraft(CatalogueLevel.ITEM, code, category, chinese, english);
        draft.setDescription(description);
        draft.setSortOrder(order += 10);
        catalogue.save(draft);
    }

    private void offer(String centreCode, String itemCode, String organisationCode, List<DayOfWeek> days,
                       String start, String end, String note) {
        long centre = centres.getByCode(centreCode).id();
        long item = catalogue.getByCode(CatalogueLevel.ITEM, itemCode).id();
        long organisation = organisations.list(organisationCode, null, 0, 20).stream()
                .filter(o -> o.code().equals(organisationCode)).map(OrganisationSummary::id).findFirst().orElseThrow();
        for (var day : days) {
            var draft = new OfferingDraft(item, organisation, day, LocalTime.parse(start), LocalTime.parse(end));
            draft.setNote(note);
            offers.add(centre, draft);
        }
    }
}
