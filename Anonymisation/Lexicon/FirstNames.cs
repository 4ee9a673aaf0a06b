namespace SupervisionBot.Anonymisation.Lexicon;

/// <summary>
/// Given names across the cultures of UK clients and their families. Names that are also everyday English
/// words (hope, will, grace) live in <see cref="AmbiguousNames"/> instead and need more evidence.
/// </summary>
internal static class FirstNames
{
    public static WordList All { get; } = new(
        """
        james john robert michael david richard joseph thomas charles christopher daniel matthew anthony donald steven
        paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
        jonathan stephen larry justin scott brandon benjamin samuel gregory alexander patrick dennis jerry tyler aaron
        jose adam nathan henry zachary douglas peter kyle noah ethan jeremy walter christian keith roger terry austin
        sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert
        willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene louis harry oliver oscar
        leo freddie alfie archie charlie theo isaac lucas finley arlo reggie rory callum connor liam owen lewis kieran
        declan ciaran niall cian eoin oisin padraig seamus conor darragh fionn rhys dafydd gareth gethin iwan emyr owain
        huw ieuan aled bryn ewan fraser hamish angus alasdair alistair calum euan craig ross murray duncan stuart gordon
        graham iain ian malcolm neil colin derek trevor nigel clive barry darren lee jamie shane ricky gavin adrian simon
        julian rupert giles hugo jasper felix sebastian toby rufus ollie tom tommy sam sammy danny dan matt chris tony
        mike mikey mick jim jimmy josh ben benny nick nicky jon jonny andy charlie fred freddy ted eddie ned steve tim
        pete greg alex zach nate gabe ronnie donny larry terry gerry callum kai jayden reece ellis harvey tyrese kofi
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley
        kimberly emily donna michelle dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
        angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
        catherine maria diane julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
        andrea cheryl hannah jacqueline martha gloria teresa ann anne sara madison frances kathryn janice jean abigail
        alice judy sophia denise doris marilyn danielle beverly isabella isabel theresa diana natalie brittany
        charlotte marie kayla alexis lori amelia isla ava mia freya florence poppy evie ella rosie phoebe sienna harper
        matilda elsie millie imogen maisie layla lola esme chloe jodie keira kirsty lynne siobhan aoife niamh saoirse
        ciara roisin mairead mairéad orla sinead sinéad grainne caoimhe eimear aisling deirdre bridget mhairi catriona
        eilidh morag ailsa fiona shona rhiannon cerys seren bethan sian nia ffion carys angharad eleri lowri gwen
        gwenllian mared elin tegan lottie ellie nell bella izzy becky becca vicky tori jess jessie abby debbie trish
        suzy kate katie cath kath cathy kathy kat jen jenny liz beth lizzie eliza libby maggie meg peggy marge jackie
        eleanor tracey tracy stacey leanne gemma kerry claire clare joanne louise nicola zoe jade kirsten shannon
        courtney paige bethany georgia molly jasmin tia demi kayleigh chelsea hayley natasha samira
        priya arjun rohan rahul raj rajesh ravi sanjay sunil anil vijay amit ankit nikhil vikram vivek deepak suresh
        ramesh mahesh ganesh kiran anand anjali ananya aditi aarav vihaan ishaan kabir aryan devika divya kavya meera
        neha pooja radha riya sita shreya sneha swati tanvi lakshmi parvati gita geeta nisha asha usha rekha sunita
        anita kavita savita manoj pradeep harpreet gurpreet manpreet jaspreet simran harjit baljit sukhdeep amrit
        navdeep inderjit rupinder kuldeep jaswinder hardeep ranjit parminder mandeep sandeep imran samina nadia tariq
        asif zahid shahid khalid bilal hamza usman farhan faisal irfan junaid kashif naveed rizwan sajid wasim zubair
        ayesha aisha fatima fatimah zainab maryam mariam sana saima nasreen shabnam yasmin yasmeen rubina farah hina
        nazia shazia rabia amna iqra mahnoor anum sadia tahira bushra afsana nusrat rashida salma shirin taslima
        farzana rahim karim abdul mohammed muhammad mohammad mohamed ahmed ahmad ali hassan hussain hussein yusuf
        yousef ibrahim ismail omar umar osman uthman suleiman sulaiman idris ilyas musa isa yahya amir amira jamila
        latifa leila laila noor nour rania zahra zara malik jamal kareem rashid saeed salim samir tarek tariq walid
        youssef mustafa mahmoud mehmet emre burak cem deniz elif emine fatma hatice zeynep ayse ayşe mert kemal murat
        serkan tolga hakan ozlem selin rami ziad nabil bassam hadi fadi rana dina lina huda reem nada maha dalia
        nuwan kasun chaminda dilshan lahiru sanjeewa thilini nadeeka dinesh kumari tharindu
        wei ming hui mei lin ying xiao hong jing lei tao hao jie xin kenji hiroshi takashi haruto yuki yuto sota riku
        hana sakura aiko yui akiko keiko naoko yoko emi haruka satoshi kazuki daisuke taro ichiro jiwoo jisoo soyeon
        eunji yuna hyejin minji minjun seojun thanh linh minh anh huong quang trang hoa tuan khanh thuy phuong
        xiuying jiahui zihan haoran yichen
        chidi chidinma chioma chinedu chukwuemeka emeka ngozi nneka obinna ifeoma ikenna uchenna adaeze amaka kelechi
        oluwaseun seun oluwadamilare dami olumide femi funmi folake tunde tunji bolaji babatunde ayodele yemi kemi bisi
        bukola adebayo adewale kunle segun sola wale yinka abena akosua efua kwabena kwame kwesi kojo kwaku
        kweku tinashe tendai farai tatenda rudo chipo nyasha tafadzwa themba thabo sipho lerato naledi zanele nomvula
        thandiwe bongani mandla kagiso zodwa amara amani baraka jabari juma kamau wanjiru wambui njeri otieno ochieng
        achieng akinyi wairimu wanjiku jenna abdi hodan fadumo ayaan hamdi halima ifrah khadra sagal warsame mahad emmanuel
        aleksander olek piotr pawel paweł krzysztof tomasz marek jakub kacper szymon wojciech wojtek michal michał
        lukasz łukasz mateusz katarzyna kasia malgorzata małgorzata gosia agnieszka magdalena joanna aleksandra zofia
        zuzanna ania agata monika ewa beata dorota iwona ivan dmitri dmitry dima sergei sergey alexei andrei vladimir
        yuri igor oleg nikolai mikhail pavel anastasia olga svetlana tatiana irina ekaterina katya sasha yelena
        oksana yulia daria ludmila bogdan vasile mihai florin ionut alexandru gheorghe ioana andreea mihaela raluca
        bianca cristina adriana nicoleta miroslav tomas jiri lukas petra lenka zuzana martina dusan goran dragan nikola
        ivana jelena marija milica bojan
        alejandro carlos luis miguel javier diego pablo sergio jorge raul fernando francisco paco ricardo eduardo
        alberto roberto antonio manuel pedro rafael santiago mateo andres gonzalo ignacio joaquin rodrigo emilio
        marcos hector cesar ramon lucia lucía carmen sofia valentina camila daniela gabriela paula elena marta alba
        claudia rocio pilar dolores lupe guadalupe ximena fernanda mariana catalina ines beatriz consuelo esperanza
        rosa luz
        winston desmond delroy errol leroy lloyd marlon dwayne jermaine tyrone andre shaquille keisha tanisha shanice
        latoya marcia beverley claudette hyacinth merlene paulette sonia yvonne shantelle marcus
        giuseppe giovanni marco luca matteo francesco alessandro lorenzo giulia chiara francesca federica alessia
        stefano paolo enzo giorgio fabio massimo bruno pierre jacques francois françois antoine nicolas julien mathieu
        camille manon lea léa amelie elodie sophie celine margaux hans klaus jurgen jürgen stefan tobias maximilian
        jonas leon niklas lena emilia katharina johanna greta heike ingrid sven lars erik anders johan nils olaf astrid
        sigrid freja linnea maja
        avi moshe yossi shlomo chaim rivka leah miriam esther shira tova yael noa talia
        """);
}
