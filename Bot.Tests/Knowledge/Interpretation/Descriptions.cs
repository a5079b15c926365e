namespace GuidanceBot.Tests.Knowledge.Interpretation;

/// <summary>
/// Descriptions agency staff might type, with the slots the interpreter should fill from them: "slot=value" pairs
/// (several needs joined by commas, in the question's order). Every slot not listed must be left unanswered.
/// </summary>
public static class Descriptions
{
    public static readonly TheoryData<string, string> WithExpectedSlots = new()
    {
        { "We support Syrian women refugees in Gaziantep; they may join Turkish cooperatives but cannot register their own", "membership=mixed legalEnvironment=can-join needs=women" },
        { "I'm with UNHCR in Kakuma. Refugees here are not allowed to form cooperatives, they can only organise in self-help groups. Main needs: income, savings and loans.", "membership=displaced legalEnvironment=informal-only needs=livelihoods,finance role=international" },
        { "A camp just opened near the border and refugees keep arriving; we are UNHCR and want quick support for their basic needs.", "membership=displaced needs=goods-services role=international phase=emergency" },
        { "Syrian refugees have lived in the camp since 2012 and want a cooperative of their own.", "membership=displaced phase=protracted" },
        { "Refugees have been here for ten years; the law lets them register their own cooperatives.", "membership=displaced legalEnvironment=can-form phase=protracted" },
        { "We help labour migrants in Lisbon find jobs.", "needs=livelihoods" },
        { "Our NGO works with IDPs in eastern Ukraine who want to start a new bakery cooperative. Women and elderly care are a priority.", "membership=displaced stage=new needs=women,health role=ngo displacement=internal" },
        { "We are a dairy cooperative in Jordan with 120 Jordanian members and we want to include Syrian refugees as members.", "membership=mixed stage=existing role=cooperative cooperativeType=producer" },
        { "The Ministry of Labour in Colombia wants to help Venezuelan refugees and Colombian families set up joint cooperatives to reduce tensions between the two groups.", "membership=mixed stage=new needs=social-cohesion role=government" },
        { "Returnees in Burundi who came back from Tanzania are rebuilding their farms; we work for a cooperative federation and want to start producer cooperatives with them.", "membership=returnee stage=new role=federation phase=recovery cooperativeType=producer" },
        { "We don't know if refugees can legally register a cooperative in this country; we are an international NGO.", "membership=displaced legalEnvironment=unknown role=ngo" },
        { "refugees in rwanda can form their own coops. we are from the ilo and want to train them in business skills", "membership=displaced legalEnvironment=can-form needs=skills role=international" },
        { "The local farmers cooperative has existed since 1998 and now sells seeds to refugees in the settlement.", "membership=host stage=existing cooperativeType=producer" },
        { "We work in the host community only; no refugees are members yet. We need access to markets and credit.", "membership=host needs=livelihoods,finance" },
        { "Can you help? Our apex body represents 300 SACCOs in Uganda and some want to open membership to refugees.", "membership=displaced needs=finance role=federation" },
        { "Refugee women in Cox's Bazar make handicrafts in informal groups; the law does not allow them to register anything. They suffer from trauma and need psychosocial support.", "membership=displaced legalEnvironment=informal-only needs=women,health" },
        { "We are a municipality in northern Mexico. Returned migrants and deportees need jobs and the city wants a new worker cooperative.", "membership=returnee stage=new needs=livelihoods role=government cooperativeType=worker" },
        { "Afghan refugees in Pakistan may join local cooperatives but they cannot set up cooperatives of their own. We fund skills training through the EU.", "membership=mixed legalEnvironment=can-join needs=skills role=international" },
        { "IDPs and host families in Maiduguri share a savings group. We are not sure what the law says about IDPs registering cooperatives.", "membership=mixed legalEnvironment=unknown needs=finance displacement=internal" },
        { "our co-op employs refugees from eritrea as workers, they are not members. we need help with social cohesion and trust between staff", "needs=livelihoods,social-cohesion role=cooperative" },
        { "Displaced persons in the DRC can register cooperatives under the OHADA uniform act; we are a donor agency funding livelihoods programmes.", "membership=displaced legalEnvironment=can-form needs=livelihoods role=international" },
        { "Syrian refugees in Lebanon cannot join or register cooperatives. We are a local NGO and want to help them with food and housing.", "membership=displaced legalEnvironment=informal-only needs=goods-services role=ngo" },
        { "The cooperative was founded in 2012 by Congolese refugees in Nakivale and is registered with the district.", "membership=displaced stage=existing" },
        { "REFUGEES AND LOCALS TOGETHER IN ONE COOPERATIVE, WE NEED TRAINING", "membership=mixed needs=skills" },
        { "We are planning a new multi-stakeholder cooperative with Ukrainian refugees and Polish citizens to provide childcare.", "membership=mixed stage=new needs=health cooperativeType=multi-stakeholder" },
        { "We are not an NGO, we are a government department responsible for cooperatives.", "role=government" },
        { "We help venezuelan migrants in peru, it is unclear whether they can join existing cooperatives", "membership=mixed legalEnvironment=unknown" },
        { "Internally displaced people who returned to their villages in Iraq need to rebuild houses and farms", "membership=returnee needs=goods-services phase=recovery displacement=internal" },
        { "We are a consumer cooperative in Germany and want to offer affordable groceries to Ukrainian refugees.", "needs=goods-services role=cooperative cooperativeType=consumer" },
        { "mixed group of refugee and host women weaving baskets; no legal recognition; needs: money for materials, health insurance", "membership=mixed legalEnvironment=informal-only needs=finance,women,health" },
        { "Refugess in Lebanon cant register there own cooperatives, we need loans and childcare", "membership=displaced legalEnvironment=informal-only needs=finance,health" },
        { "Not only refugees but also locals are members of our cooperative.", "membership=mixed role=cooperative" },
        { "We are not a government body, we are a small charity helping Rohingya refugees in Cox's Bazar with psychosocial support and trauma counselling", "membership=displaced needs=health role=ngo" },
        { "The law is unclear on whether refugees can form cooperatives.", "membership=displaced legalEnvironment=unknown" },
        { "Our union of cooperatives wants to include refugees in existing member cooperatives as workers and members", "membership=mixed role=federation" },
        { "Returnees in South Sudan need seeds, tools and access to markets; we are the county government.", "membership=returnee needs=livelihoods role=government" },
        { "They can't join cooperatives and are not allowed to form their own, only informal groups", "legalEnvironment=informal-only" },
        { "We're a federation of dairy cooperatives in Colombia, supporting Venezuelan refugees and Colombian farmers.", "membership=mixed role=federation cooperativeType=producer" },
        { "I work for the ILO in Amman. Jordan lets Syrians become members of Jordanian cooperatives but they can't register their own. We want to strengthen existing cooperatives and create jobs for women.", "membership=mixed legalEnvironment=can-join stage=existing needs=livelihoods,women role=international" },
        { "A women's savings and credit cooperative of returnees in Rwanda wants training in bookkeeping and better access to health care.", "membership=returnee needs=finance,skills,women,health" },
        { "We are an INGO in Uganda. Refugees are allowed to register their own cooperatives there. The settlement has mistrust between refugees and nationals.", "membership=mixed legalEnvironment=can-form needs=social-cohesion role=ngo" },
        { "Government of Ethiopia official here; we plan to set up cooperatives for refugees and host communities around the camps to share grazing land peacefully.", "membership=mixed stage=new needs=social-cohesion role=government" },
        { "unhcr colombia - venezuelan refugees, want to start a cooperative, legal status is unclear, need income + savings", "membership=displaced legalEnvironment=unknown stage=new needs=livelihoods,finance role=international" },
        { "What's the weather like in Geneva?", "" },
        { "Tell me about the history of cooperatives in Europe.", "" },
        { "We are an NGO helping families who returned home to Mosul after years in camps; they need jobs, loans and trauma counselling.", "membership=returnee needs=livelihoods,finance,health role=ngo phase=recovery" },
        { "Our existing cooperative of Kenyan farmers wants advice.", "membership=host stage=existing role=cooperative cooperativeType=producer" },
        { "tHe CoOperative FEDERATION of Uganda wants to Set Up new SACCOs with REFUGEES and host communities", "membership=mixed stage=new needs=finance role=federation" },
    };
}
