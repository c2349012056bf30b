package extract

import "testing"

// TestConstructionsUr: the ways Urdu wire reports tell meetings, calls
// and statements, in sentences written for the test.
func TestConstructionsUr(t *testing.T) {
	runConstructions(t, "ur", []consCase{
		// meetings
		{text: "ترک وزیر خارجہ مولود چاوش اوغلو نے منگل کو انقرہ میں لیبیا کی وزیر خارجہ نجلا المنقوش سے ملاقات کی۔",
			meet: []string{"meet held 2021-03-09 mevlut-cavusoglu,najla-mangoush"}},
		{text: "روسی وزیر خارجہ سرگئی لاوروف اور خلیفہ حفتر کے درمیان ماسکو میں ملاقات ہوئی۔",
			meet: []string{"meet held - khalifa-haftar,sergey-lavrov"}},
		{text: "صدر رجب طیب اردوان نے پیر کے روز استنبول میں فائز السراج کا استقبال کیا۔",
			meet: []string{"meet held 2021-03-08 fayez-al-sarraj,recep-tayyip-erdogan"}},
		{text: "اردوان اور دبیبہ نے اتوار کو انقرہ میں مذاکرات کیے۔",
			meet: []string{"meet held 2021-03-07 abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "جرمن وزیر خارجہ ہائیکو ماس نے طرابلس کا دورہ کیا اور فائز السراج سے ملے۔",
			meet: []string{"meet held - fayez-al-sarraj,heiko-maas"}},
		{text: "لاوروف سے ملاقات کے دوران عقیلہ صالح نے کہا کہ لیبیا کا بحران صرف سیاسی طریقے سے حل ہو سکتا ہے۔",
			meet: []string{"meet held - aguila-saleh-issa,sergey-lavrov"}, say: []string{"aguila-saleh-issa"}},
		{text: "اقوام متحدہ کے ایلچی یان کوبیش نے محمد المنفی اور عبدالحمید دبیبہ سے ملاقات کی۔",
			meet: []string{"meet held - abdul-hamid-dbeibah,jan-kubis,mohamed-al-menfi"}},
		{text: "اردوان نے سراج سے ملاقات کی۔ اس موقع پر وزیر خارجہ مولود چاوش اوغلو بھی موجود تھے۔",
			meet: []string{"meet held - fayez-al-sarraj,mevlut-cavusoglu,recep-tayyip-erdogan"}},
		{text: "باشاغا نے خلوصی آکار سے ملاقات کی جس میں دونوں رہنماؤں نے سکیورٹی تعاون پر تبادلہ خیال کیا۔",
			meet: []string{"meet held - fathi-bashagha,hulusi-akar"}},
		// calls
		{text: "صدر اردوان نے روسی صدر ولادیمیر پوتن سے ٹیلی فون پر بات کی۔",
			meet: []string{"call held - recep-tayyip-erdogan,vladimir-putin"}},
		{text: "جمعرات کو چاوش اوغلو اور لاوروف کے درمیان ٹیلیفونک رابطہ ہوا۔",
			meet: []string{"call held 2021-03-04 mevlut-cavusoglu,sergey-lavrov"}},
		{text: "انجیلا مرکل نے ویڈیو لنک کے ذریعے اردوان سے بات چیت کی۔",
			meet: []string{"video held - angela-merkel,recep-tayyip-erdogan"}},
		{text: "سراج کو جرمن چانسلر انجیلا مرکل کا فون موصول ہوا۔",
			meet: []string{"call held - angela-merkel,fayez-al-sarraj"}},
		// status
		{text: "اردوان اگلے ہفتے انقرہ میں دبیبہ سے ملاقات کریں گے۔",
			meet: []string{"meet planned 2021-03 abdul-hamid-dbeibah,recep-tayyip-erdogan"}},
		{text: "توقع ہے کہ لاوروف جمعہ کو ماسکو میں عقیلہ صالح سے ملیں گے۔",
			meet: []string{"meet planned 2021-03-12 aguila-saleh-issa,sergey-lavrov"}},
		{text: "حفتر اور سراج کی طے شدہ ملاقات منسوخ کر دی گئی۔",
			meet: []string{"meet cancelled - fayez-al-sarraj,khalifa-haftar"}},
		{text: "لاوروف اور چاوش اوغلو کی ملاقات غیر معینہ مدت کے لیے ملتوی کر دی گئی۔",
			meet: []string{"meet cancelled - mevlut-cavusoglu,sergey-lavrov"}},
		{text: "حفتر اور سراج کی ماسکو میں ملاقات نہیں ہوئی۔"},
		{text: "حفتر نے سراج سے ملنے سے انکار کر دیا۔"},
		// statements
		{text: "چاوش اوغلو اور خلوصی آکار کے بیانات کا انتظار تھا۔ ترک وزیر خارجہ نے واپسی پر کہا کہ ترکی مذاکرات جاری رکھے گا۔",
			say: []string{"mevlut-cavusoglu"}},
		{text: "مشن کی ترجمان اسٹیفنی ولیمز نے بتایا کہ المشری نے بھی فورم میں شرکت کی یقین دہانی کرائی ہے۔",
			say: []string{"stephanie-williams"}},
		{text: "لاوروف نے کہا کہ روس لیبیا میں جنگ بندی کی حمایت کرتا ہے۔",
			say: []string{"sergey-lavrov"}},
		{text: "ترک وزیر دفاع خلوصی آکار کا کہنا تھا کہ ترکی لیبیا کی جائز حکومت کے ساتھ کھڑا ہے۔",
			say: []string{"hulusi-akar"}},
		{text: "اقوام متحدہ کے سیکرٹری جنرل انتونیو گوتریس نے فریقین پر زور دیا کہ وہ جنگ بندی کا احترام کریں۔",
			say: []string{"antonio-guterres"}},
		{text: "روسی وزارت خارجہ نے ایک بیان میں کہا کہ ماسکو کسی فریق کی حمایت نہیں کرتا۔",
			say: []string{"russia"}},
		{text: "امریکی سفارت خانے نے نئی حکومت کے قیام کا خیر مقدم کیا۔",
			say: []string{"united-states"}},
		{text: "\"ہم کسی غیر ملکی مداخلت کو قبول نہیں کریں گے\"، المنفی نے صحافیوں کو بتایا۔",
			say: []string{"mohamed-al-menfi"}},
		{text: "دبیبہ نے خبردار کیا کہ غیر ملکی جنگجوؤں کی موجودگی امن کے لیے خطرہ ہے۔",
			say: []string{"abdul-hamid-dbeibah"}},
		{text: "حفتر کے ترجمان احمد المسماری نے ان الزامات کی تردید کی۔",
			say: []string{"ahmed-al-mismari"}},
		{text: "گوتریس کے مطابق لیبیا میں سیاسی عمل آگے بڑھ رہا ہے۔",
			say: []string{"antonio-guterres"}},
	})
}
