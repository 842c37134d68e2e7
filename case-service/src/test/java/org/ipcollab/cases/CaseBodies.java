package org.ipcollab.cases;

/** Request bodies for {@code POST /cases}, shared by the REST tests. */
public final class CaseBodies {
    /** A valid resident ID number (GB 11643 check character 'X'); born 1990-03-07 in 梁平区. */
    public static final String PERSON_ID = "50015519900307409X";
    public static final String PERSON_ID_MASKED = "500155********409X";

    private CaseBodies() {
    }

    /** The smallest valid filing: an organisation infringer, a clue source and two officers. */
    public static String minimal(String ipKind, String title, String district, String infringerName,
            String creditCode) {
        return """
                {"ipKind":"%s","title":"%s","district":"%s","clueSource":"INSPECTION",
                 "infringer":{"kind":"ORGANISATION","name":"%s","creditCode":"%s"},
                 "officers":["amr-officer-01","amr-officer-02"]}""".formatted(ipKind, title, district, infringerName,
                creditCode);
    }

    /** A full filing against a natural person, with goods, evidence and a right holder. */
    public static String aPersonSellingFakes(String district, String idNumber) {
        return """
                {"ipKind":"TRADEMARK","title":"个人摊贩销售假冒注册商标的白酒","district":"%s",
                 "clueSource":"COMPLAINT_12315","act":"SELLING_GOODS_WITH_COUNTERFEIT_MARK",
                 "infringer":{"kind":"PERSON","name":"张某某","idNumber":"%s"},
                 "rightHolder":{"name":"四川某某酒业股份有限公司","creditCode":"91500155MA60E6XU89"},
                 "goods":[
                   {"name":"假冒某品牌白酒 500ml","unit":"瓶","quantitySold":120,"quantityUnsold":30,
                    "actualSalePrice":"79.90","markedPrice":"99.00"},
                   {"name":"包装礼盒","unit":"个","quantityUnsold":10,"genuineMarketMidPrice":"15.50"}],
                 "evidence":[
                   {"kind":"PHOTO","description":"现场照片 12 张","collectedAt":"2026-11-20T02:00:00Z"},
                   {"kind":"APPRAISAL","description":"权利人出具的真伪鉴定意见","collectedAt":"2026-11-21T08:30:00Z"}],
                 "officers":["amr-officer-01","amr-officer-02"]}""".formatted(district, idNumber);
    }
}
