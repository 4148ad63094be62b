package io.newsflow.processor.extract;

import java.util.Map;

/** Short original texts, two or three sentences each, for the languages the pipeline must tell apart. */
final class LanguageSamples {

    static final String ENGLISH = "The city council approved a new budget on Tuesday after months of debate. "
            + "Officials said the money would be spent on schools, roads and public transport.";
    static final String FRENCH = "Le conseil municipal a adopté mardi un nouveau budget après des mois de débats. "
            + "Selon les responsables, l'argent servira à financer les écoles, les routes et les transports publics.";
    static final String GERMAN = "Der Stadtrat hat am Dienstag nach monatelangen Debatten einen neuen Haushalt beschlossen. "
            + "Nach Angaben der Verwaltung soll das Geld in Schulen, Straßen und den öffentlichen Nahverkehr fließen.";
    static final String SPANISH = "El ayuntamiento aprobó el martes un nuevo presupuesto tras meses de debate. "
            + "Según los responsables, el dinero se destinará a escuelas, carreteras y transporte público.";
    static final String ARABIC = "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة بعد أشهر من النقاش. "
            + "وقال المسؤولون إن الأموال ستنفق على المدارس والطرق والنقل العام.";
    /** Written with zero-width non-joiners, as Persian is: سه‌شنبه, ماه‌ها. */
    static final String PERSIAN = "شورای شهر روز سه\u200Cشنبه پس از ماه\u200Cها بحث، بودجه جدیدی را تصویب کرد. "
            + "مسئولان گفتند این پول صرف مدرسه\u200Cها، جاده\u200Cها و حمل و نقل عمومی خواهد شد.";
    static final String URDU = "شہر کی کونسل نے منگل کو کئی مہینوں کی بحث کے بعد نیا بجٹ منظور کر لیا۔ "
            + "حکام کا کہنا ہے کہ یہ رقم اسکولوں، سڑکوں اور عوامی ٹرانسپورٹ پر خرچ کی جائے گی۔";

    static final Map<String, String> BY_CODE = Map.of(
            "en", ENGLISH, "fr", FRENCH, "de", GERMAN, "es", SPANISH, "ar", ARABIC, "fa", PERSIAN, "ur", URDU);

    private LanguageSamples() {
    }
}
